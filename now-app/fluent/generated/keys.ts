import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    acl_access_grant_create: {
                        table: 'sys_security_acl'
                        id: 'e016dad78c6642d584518c5e913eef6f'
                    }
                    acl_access_grant_delete: {
                        table: 'sys_security_acl'
                        id: '45cefc48dca0463a84bee465bad36d83'
                    }
                    acl_access_grant_read: {
                        table: 'sys_security_acl'
                        id: '628a97dff93d4c3daf254224692dcda5'
                    }
                    acl_access_grant_read_own: {
                        table: 'sys_security_acl'
                        id: '9ef11fe0042c44b389691be941774a37'
                    }
                    acl_access_grant_write: {
                        table: 'sys_security_acl'
                        id: 'ea3a85c5a5e74697a41559d49d6e04a3'
                    }
                    acl_audit_anchor_create: {
                        table: 'sys_security_acl'
                        id: 'a133e85898be4b9683f9df9d40a3e226'
                    }
                    acl_audit_anchor_delete: {
                        table: 'sys_security_acl'
                        id: '9c533e34688048dc8677b2e620c843c5'
                    }
                    acl_audit_anchor_read: {
                        table: 'sys_security_acl'
                        id: '7732bc4f9ffd4f76bd12768950a86bdb'
                    }
                    acl_audit_anchor_write: {
                        table: 'sys_security_acl'
                        id: '0654e9e99af54e33a9392a673e0bbc5c'
                    }
                    acl_birthright_rule_create: {
                        table: 'sys_security_acl'
                        id: '11435b0e0fff4d43ab7ce10954655419'
                    }
                    acl_birthright_rule_delete: {
                        table: 'sys_security_acl'
                        id: '604cf03de49846a593a4c188aacf98f2'
                    }
                    acl_birthright_rule_read: {
                        table: 'sys_security_acl'
                        id: '9798fae1403e4b3aa156195a5cd018d4'
                    }
                    acl_birthright_rule_write: {
                        table: 'sys_security_acl'
                        id: '930855ebfbc54e8e96270aca7c342a6b'
                    }
                    acl_bridge_call_read: {
                        table: 'sys_security_acl'
                        id: 'fff44e5ea0a340229f1eb2b4d749aa15'
                    }
                    acl_bridge_call_write: {
                        table: 'sys_security_acl'
                        id: '928804b26cba4ab6a280d84655a9a28d'
                    }
                    acl_golden_thread_create: {
                        table: 'sys_security_acl'
                        id: '711d04a58a0b449e91865a367e685e79'
                    }
                    acl_golden_thread_delete: {
                        table: 'sys_security_acl'
                        id: '8ca087e07bc2431ba563f78cb5ed9bee'
                    }
                    acl_golden_thread_read: {
                        table: 'sys_security_acl'
                        id: '3d5dfbd3651c415b92c6829a43f58030'
                    }
                    acl_golden_thread_write: {
                        table: 'sys_security_acl'
                        id: 'd6e05b9223ac4b8b81dc16b1d69c822e'
                    }
                    acl_incident_create_onboarding_bridge: {
                        table: 'sys_security_acl'
                        id: '1fa359e0fdf04f1a9ddc3649b4909253'
                    }
                    acl_incident_read_onboarding_bridge: {
                        table: 'sys_security_acl'
                        id: '7016599630c249f1833ed08bbe8bc2d4'
                    }
                    acl_incident_write_close_code_onboarding_bridge: {
                        table: 'sys_security_acl'
                        id: '86a90d5aadfe45b1b96f98a866851b0b'
                    }
                    acl_incident_write_close_notes_onboarding_bridge: {
                        table: 'sys_security_acl'
                        id: '08ae0caa5c044de69312ecef9c2fb870'
                    }
                    acl_incident_write_onboarding_bridge: {
                        table: 'sys_security_acl'
                        id: '6ed0c54e4d2c4b3e8b004bfad09dcb04'
                    }
                    acl_incident_write_state_onboarding_bridge: {
                        table: 'sys_security_acl'
                        id: '26ba682fd045477a899860107cbbfdcc'
                    }
                    acl_incident_write_work_notes_onboarding_bridge: {
                        table: 'sys_security_acl'
                        id: '12c6088c6f354756acf5b2614e4b7be4'
                    }
                    acl_okta_resource_create: {
                        table: 'sys_security_acl'
                        id: '3bfb0cf8cffd49b7ab0f78dbef186082'
                    }
                    acl_okta_resource_delete: {
                        table: 'sys_security_acl'
                        id: '2adaf62ea1e3475b97dd8e396158571b'
                    }
                    acl_okta_resource_read: {
                        table: 'sys_security_acl'
                        id: 'b524e5d85fd84f08a6b8a5ca9866fc3e'
                    }
                    acl_okta_resource_read_requestable: {
                        table: 'sys_security_acl'
                        id: '9e9435622d6449a5a3e4fcb83471f6f5'
                    }
                    acl_okta_resource_write: {
                        table: 'sys_security_acl'
                        id: '890d4fccde4148b5acb26b126e7d4271'
                    }
                    acl_onboarding_decision_create: {
                        table: 'sys_security_acl'
                        id: '1c530bcedbc24b2289a4d918c2f65c56'
                    }
                    acl_onboarding_decision_delete: {
                        table: 'sys_security_acl'
                        id: '33eec1b9052049cbb19e3f50ace7cf7c'
                    }
                    acl_onboarding_decision_read: {
                        table: 'sys_security_acl'
                        id: 'e8fa7063180342989ef92f53c76c0d76'
                    }
                    acl_onboarding_decision_write: {
                        table: 'sys_security_acl'
                        id: '587500e4ff0349138a11bfbb5f195727'
                    }
                    action_okta_access_build_request: {
                        table: 'sys_hub_action_type_definition'
                        id: '8eb8c16d584f444699a23d2310c75a32'
                    }
                    action_okta_access_build_request_script: {
                        table: 'sys_hub_step_instance'
                        id: '456acd6b05444f9a8af304364f37f742'
                    }
                    action_okta_access_record_grant: {
                        table: 'sys_hub_action_type_definition'
                        id: '9ff1de5892024ea6a762f7dfc729a98e'
                    }
                    action_okta_access_record_grant_script: {
                        table: 'sys_hub_step_instance'
                        id: '8ed584cbf3f1488f916978b48e095c20'
                    }
                    action_okta_access_rejection_note: {
                        table: 'sys_hub_action_type_definition'
                        id: '6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                    }
                    action_okta_access_rejection_note_script: {
                        table: 'sys_hub_step_instance'
                        id: 'c765d6f0056a4b9999377ed13ef3566f'
                    }
                    action_okta_bridge_build_request: {
                        table: 'sys_hub_action_type_definition'
                        id: '7700817e2a424f51b33fac0f1f82ee88'
                    }
                    action_okta_bridge_build_request_script: {
                        table: 'sys_hub_step_instance'
                        id: '7542a1cfc27f44a0ab6effec9b08484f'
                    }
                    action_okta_bridge_invoke: {
                        table: 'sys_hub_action_type_definition'
                        id: 'f013786c19094364a7b5b0d6a9293825'
                    }
                    action_okta_bridge_invoke_script: {
                        table: 'sys_hub_step_instance'
                        id: '34f9418babdb414fa9ecd3212f40d1ad'
                    }
                    action_okta_bridge_plan: {
                        table: 'sys_hub_action_type_definition'
                        id: '169b50d5ef0a456fa5d120b3c95baa9c'
                    }
                    action_okta_bridge_plan_script: {
                        table: 'sys_hub_step_instance'
                        id: 'ec3762dd060f403d873b8e57c696170e'
                    }
                    action_okta_bridge_record_outcome: {
                        table: 'sys_hub_action_type_definition'
                        id: 'fc8336888f1f4222bdf0551befddcb0e'
                    }
                    action_okta_bridge_record_outcome_script: {
                        table: 'sys_hub_step_instance'
                        id: '39c2a7c13df5451d8365a515cb7179ef'
                    }
                    action_okta_bridge_track_call: {
                        table: 'sys_hub_action_type_definition'
                        id: '73d508d01c82439993c595d059662103'
                    }
                    action_okta_bridge_track_call_script: {
                        table: 'sys_hub_step_instance'
                        id: '121bb81370f14534bac0163f14f00b5d'
                    }
                    alias_okta_jml_bridge: {
                        table: 'sys_alias'
                        id: '900d860c90244bb3935e57667e76577e'
                    }
                    atf_account_help: {
                        table: 'sys_atf_test'
                        id: '4d737457a43d48f4a31ee38c7c42e06c'
                    }
                    atf_account_help_arrange: {
                        table: 'sys_atf_step'
                        id: 'c12c3254be194a7084471a026bcb4165'
                    }
                    atf_account_help_as_requester: {
                        table: 'sys_atf_step'
                        id: 'f54675b33d3249319635155ac21e074c'
                    }
                    atf_account_help_order_and_expect: {
                        table: 'sys_atf_step'
                        id: 'd90ef367f8564a399751b4847d221829'
                    }
                    atf_account_help_prepare: {
                        table: 'sys_atf_step'
                        id: '51c0069202ef4421bcf9b016ca531dc7'
                    }
                    atf_account_help_requester: {
                        table: 'sys_atf_step'
                        id: '95e944ac41d9465aa49f2fba52396a77'
                    }
                    atf_account_help_subject: {
                        table: 'sys_atf_step'
                        id: 'a1a80b806fd44923b773ed2fe8d6a0b0'
                    }
                    atf_approve_onboarding: {
                        table: 'sys_atf_test'
                        id: 'f2ceb913bca744b5bd0082cdad9030c1'
                    }
                    atf_approve_onboarding_approver: {
                        table: 'sys_atf_step'
                        id: '3946b4c73dff40118e80671cb2eb851e'
                    }
                    atf_approve_onboarding_click: {
                        table: 'sys_atf_step'
                        id: '37b5f639576944b18caec8eb89d8f73f'
                    }
                    atf_approve_onboarding_department: {
                        table: 'sys_atf_step'
                        id: '12a26fd869074f3a9657c34e099b561a'
                    }
                    atf_approve_onboarding_expect: {
                        table: 'sys_atf_step'
                        id: '76eb7079c0984f3c80cb77a6bab0561e'
                    }
                    atf_approve_onboarding_incident: {
                        table: 'sys_atf_step'
                        id: '85e4723cc2f945fba52482f6e1a96d5e'
                    }
                    atf_approve_onboarding_open: {
                        table: 'sys_atf_step'
                        id: '1040a7e6545c4750bb1cf8ad521abdb0'
                    }
                    atf_approve_onboarding_prepare: {
                        table: 'sys_atf_step'
                        id: '55d2f30413264f0cbe9b3d20aab85576'
                    }
                    atf_end_access: {
                        table: 'sys_atf_test'
                        id: 'eb482d8425034d15914b127320df7752'
                    }
                    atf_end_access_arrange: {
                        table: 'sys_atf_step'
                        id: '0ba9b763395a4decbbfa85ec0e41e247'
                    }
                    atf_end_access_as_requester: {
                        table: 'sys_atf_step'
                        id: '86453d8f8359409295bcadca2a57b6ba'
                    }
                    atf_end_access_order_and_expect: {
                        table: 'sys_atf_step'
                        id: '4af888bbc5584233aeb85a56af343a16'
                    }
                    atf_end_access_prepare: {
                        table: 'sys_atf_step'
                        id: '4e09d5fd909a454693f08afc90fb1452'
                    }
                    atf_end_access_requester: {
                        table: 'sys_atf_step'
                        id: '24fdb50d6ab7448a968ff3a8de0b837f'
                    }
                    atf_extend_access: {
                        table: 'sys_atf_test'
                        id: '7ebaaedff6034a459619a3ec09c3c449'
                    }
                    atf_extend_access_approve: {
                        table: 'sys_atf_step'
                        id: '58648a6c4a4e4a229e1ef5e3660cb4e7'
                    }
                    atf_extend_access_arrange: {
                        table: 'sys_atf_step'
                        id: '351f903ca2594802963e071653a5da35'
                    }
                    atf_extend_access_as_manager: {
                        table: 'sys_atf_step'
                        id: '46d71006c89548b7bac75b5bcc6696e4'
                    }
                    atf_extend_access_as_requester: {
                        table: 'sys_atf_step'
                        id: 'a59326cef8be4df5b693dd993fef51cd'
                    }
                    atf_extend_access_end_grants: {
                        table: 'sys_atf_step'
                        id: '0c88c90e018147b29f839a78c857dee7'
                    }
                    atf_extend_access_expect: {
                        table: 'sys_atf_step'
                        id: 'cfa0f6f0176641e3ae74854b096fe955'
                    }
                    atf_extend_access_manager: {
                        table: 'sys_atf_step'
                        id: '739809e785bc446e903baeb3c4a41abd'
                    }
                    atf_extend_access_order: {
                        table: 'sys_atf_step'
                        id: '3ec5dfb5bcb7400cbe9ebac495cd47b1'
                    }
                    atf_extend_access_prepare: {
                        table: 'sys_atf_step'
                        id: '0f5a0f3f08774a62b62a787729a5b748'
                    }
                    atf_extend_access_requester: {
                        table: 'sys_atf_step'
                        id: '7f887ae133f34d5690df46b8a2afcd5b'
                    }
                    atf_joiner: {
                        table: 'sys_atf_test'
                        id: '522e8b2671984a3bb6d55176b1b06dc4'
                    }
                    atf_joiner_approve: {
                        table: 'sys_atf_step'
                        id: 'b6a8ead53b014befab4d03f3115b027a'
                    }
                    atf_joiner_as_manager: {
                        table: 'sys_atf_step'
                        id: 'ed563679e20341c087c2b5692c053261'
                    }
                    atf_joiner_department: {
                        table: 'sys_atf_step'
                        id: '33318cac790448a6a903d98b385537ef'
                    }
                    atf_joiner_expect: {
                        table: 'sys_atf_step'
                        id: '8b3e5345746643379f3ab0c4bd4e12a8'
                    }
                    atf_joiner_manager: {
                        table: 'sys_atf_step'
                        id: '50fe888ec6b94dc9a6ea1b6823cb2b84'
                    }
                    atf_joiner_order: {
                        table: 'sys_atf_step'
                        id: '954d9a5f220a425c95805fda1f72d225'
                    }
                    atf_joiner_prepare: {
                        table: 'sys_atf_step'
                        id: 'd7fe8a8c6c75418e8bb3df8a0928eca7'
                    }
                    atf_joiner_requester: {
                        table: 'sys_atf_step'
                        id: 'fc9257f75531468bb37dccd6b4c3d218'
                    }
                    atf_leaver: {
                        table: 'sys_atf_test'
                        id: 'd9a1d7edb8ef4f62b56cb9cc70a7a24c'
                    }
                    atf_leaver_approve: {
                        table: 'sys_atf_step'
                        id: '7ab7cde9295f4dd582190475e7e64ce5'
                    }
                    atf_leaver_arrange: {
                        table: 'sys_atf_step'
                        id: '5c5d307b017344f19464d284dbd7555a'
                    }
                    atf_leaver_as_manager: {
                        table: 'sys_atf_step'
                        id: 'db2a8e9fc05f435f9c68de595ea59b04'
                    }
                    atf_leaver_as_requester: {
                        table: 'sys_atf_step'
                        id: 'd029ed2798fc437fb1c520878e6184d6'
                    }
                    atf_leaver_expect: {
                        table: 'sys_atf_step'
                        id: '8b6b8b606ec048f5abf65218e29d4e72'
                    }
                    atf_leaver_manager: {
                        table: 'sys_atf_step'
                        id: '17355167788e4777a556707c13956e31'
                    }
                    atf_leaver_order: {
                        table: 'sys_atf_step'
                        id: '845089bb09204d379373acc067439488'
                    }
                    atf_leaver_prepare: {
                        table: 'sys_atf_step'
                        id: 'df0ee1924fd5483e8833e2901da6bdf8'
                    }
                    atf_leaver_refused: {
                        table: 'sys_atf_test'
                        id: '265f143512df484f86fe9bf5a45cf94d'
                    }
                    atf_leaver_refused_arrange: {
                        table: 'sys_atf_step'
                        id: 'e1fb1bb11cd94dd38dde0f3b8a30ae4e'
                    }
                    atf_leaver_refused_as_requester: {
                        table: 'sys_atf_step'
                        id: '5821dd9b828146948edb1ca76f8f60b1'
                    }
                    atf_leaver_refused_manager: {
                        table: 'sys_atf_step'
                        id: '7287fd2a1f6f4a8e84cff0114b95033f'
                    }
                    atf_leaver_refused_order_and_expect: {
                        table: 'sys_atf_step'
                        id: '49f51f1e182f43ee91bb84c76f152300'
                    }
                    atf_leaver_refused_prepare: {
                        table: 'sys_atf_step'
                        id: '11b7873f0bf6401e8ccdebbd67d15b8f'
                    }
                    atf_leaver_refused_requester: {
                        table: 'sys_atf_step'
                        id: '505a666bedfe46a4baff58e970a42606'
                    }
                    atf_leaver_refused_subject: {
                        table: 'sys_atf_step'
                        id: 'f0e740e9348f4041be50afa51fb799a8'
                    }
                    atf_leaver_requester: {
                        table: 'sys_atf_step'
                        id: '4fc905d1240d4e649bf7db6167edceaa'
                    }
                    atf_leaver_subject: {
                        table: 'sys_atf_step'
                        id: 'f50bf30f94c9459b8b4f2b5b88417d96'
                    }
                    atf_mover: {
                        table: 'sys_atf_test'
                        id: '9c8d595e20044fdebc0044aa7dc6b09f'
                    }
                    atf_mover_approve: {
                        table: 'sys_atf_step'
                        id: '8421a55e235d478fa79cd8767d5457d7'
                    }
                    atf_mover_arrange: {
                        table: 'sys_atf_step'
                        id: '1fb1a3e770e94a2a8d2a6e5ae945dcee'
                    }
                    atf_mover_as_manager: {
                        table: 'sys_atf_step'
                        id: '0608f14e71f64ef5a0183c46d968d47a'
                    }
                    atf_mover_as_requester: {
                        table: 'sys_atf_step'
                        id: '5bd7d0d9cfe54997846bf08f24340928'
                    }
                    atf_mover_department_from: {
                        table: 'sys_atf_step'
                        id: 'e5e3f06457eb4e378a04f8cbb58693e3'
                    }
                    atf_mover_department_to: {
                        table: 'sys_atf_step'
                        id: 'e5d5f8c2bcba44b2a6144e660e149c66'
                    }
                    atf_mover_expect: {
                        table: 'sys_atf_step'
                        id: 'cfe8713ba52e4ee1a71b91b2119228ef'
                    }
                    atf_mover_manager: {
                        table: 'sys_atf_step'
                        id: '487519a77876402d953fe3c44aeadfdf'
                    }
                    atf_mover_order: {
                        table: 'sys_atf_step'
                        id: 'b964be8f637b424c8c451934da69e5e5'
                    }
                    atf_mover_prepare: {
                        table: 'sys_atf_step'
                        id: '614d4c199dc9460d8cbc185975ecbf01'
                    }
                    atf_mover_requester: {
                        table: 'sys_atf_step'
                        id: 'a96c67b4e0dd42c9a8145978f99d21b2'
                    }
                    atf_mover_subject: {
                        table: 'sys_atf_step'
                        id: 'c6483ddbca9345fb9190d27c2d3975a3'
                    }
                    atf_payload_builder: {
                        table: 'sys_atf_test'
                        id: '9fd4a8ab783b448182e390a4c636e554'
                    }
                    atf_payload_builder_script: {
                        table: 'sys_atf_step'
                        id: '8e3f40f06157490c8a78efe58d9bcd32'
                    }
                    atf_reject_onboarding: {
                        table: 'sys_atf_test'
                        id: '6cb9db1098d74c689a4cfa0ac428ec4f'
                    }
                    atf_reject_onboarding_approver: {
                        table: 'sys_atf_step'
                        id: '713d60b288d74aa4a3cfeecfb2a7a953'
                    }
                    atf_reject_onboarding_click: {
                        table: 'sys_atf_step'
                        id: '8348ee847396471eb29b35f37c33d15e'
                    }
                    atf_reject_onboarding_expect: {
                        table: 'sys_atf_step'
                        id: 'e2ea868b7d51406285c3be31f8377fff'
                    }
                    atf_reject_onboarding_incident: {
                        table: 'sys_atf_step'
                        id: 'eafa10c2fa2a4c9c9c8e4847884dc2f2'
                    }
                    atf_reject_onboarding_open: {
                        table: 'sys_atf_step'
                        id: 'dc5f27d7a25d475e8bf747dbef9f364b'
                    }
                    atf_reject_onboarding_prepare: {
                        table: 'sys_atf_step'
                        id: '9df28bc336bb44fda5ebc456064dfe16'
                    }
                    atf_reject_onboarding_reason: {
                        table: 'sys_atf_step'
                        id: '19a015e5df074f1a953cc384e5023617'
                    }
                    atf_reject_without_reason: {
                        table: 'sys_atf_test'
                        id: 'eed8fc5732664d2d9a5a2e23ecf7aec5'
                    }
                    atf_reject_without_reason_approver: {
                        table: 'sys_atf_step'
                        id: '7a12fc0c151d484fb03754ffe1d4d43b'
                    }
                    atf_reject_without_reason_click: {
                        table: 'sys_atf_step'
                        id: '574963c9aafd4471976833cf20e9bf0e'
                    }
                    atf_reject_without_reason_expect: {
                        table: 'sys_atf_step'
                        id: '13a6031e1ff64d52825436cfba7aac25'
                    }
                    atf_reject_without_reason_incident: {
                        table: 'sys_atf_step'
                        id: '4fd5ec8ec39441fc85ef32117b933240'
                    }
                    atf_reject_without_reason_open: {
                        table: 'sys_atf_step'
                        id: '3ad72bcafaef44e6b8c1fcb9e1dd33a8'
                    }
                    atf_reject_without_reason_prepare: {
                        table: 'sys_atf_step'
                        id: '6b95910776a544049b124ddcac2f86e7'
                    }
                    atf_request_access: {
                        table: 'sys_atf_test'
                        id: '7bd6041bf1794cf6ba2029761719e3a6'
                    }
                    atf_request_access_approve: {
                        table: 'sys_atf_step'
                        id: 'ea1b9e7005ce4024a9d60bc5bdfdcf61'
                    }
                    atf_request_access_arrange: {
                        table: 'sys_atf_step'
                        id: 'bc99bb1c34964e5588832975f1bb8855'
                    }
                    atf_request_access_as_manager: {
                        table: 'sys_atf_step'
                        id: 'b20f5335b06648ad81475b038cf7ca01'
                    }
                    atf_request_access_as_requester: {
                        table: 'sys_atf_step'
                        id: '6a1875fc23a1478db2573143199b44e7'
                    }
                    atf_request_access_end_grants: {
                        table: 'sys_atf_step'
                        id: 'bad7c6ce93144659a317eee5bb06fe8b'
                    }
                    atf_request_access_expect: {
                        table: 'sys_atf_step'
                        id: '756aaf9d60824780af8ab7a8a049a13c'
                    }
                    atf_request_access_manager: {
                        table: 'sys_atf_step'
                        id: '973ca014fc6b4bb586bef63f879b7695'
                    }
                    atf_request_access_order: {
                        table: 'sys_atf_step'
                        id: '8676292b657d495e8d579bbafb08b336'
                    }
                    atf_request_access_prepare: {
                        table: 'sys_atf_step'
                        id: '9500c72e7fc04542931e73eadf1ef671'
                    }
                    atf_request_access_requester: {
                        table: 'sys_atf_step'
                        id: '203bb0c8ccd44ec5a71749c5ddc6dace'
                    }
                    atf_request_refused: {
                        table: 'sys_atf_test'
                        id: '8a685d1b260841f6bef439269a53da26'
                    }
                    atf_request_refused_arrange: {
                        table: 'sys_atf_step'
                        id: '6fbbc579aec8442f97ccb42e59fc552a'
                    }
                    atf_request_refused_as_requester: {
                        table: 'sys_atf_step'
                        id: 'b2f6ce9f00514d61a5ada3a5e084e996'
                    }
                    atf_request_refused_manager: {
                        table: 'sys_atf_step'
                        id: 'f74785375c4849f985f1688eb7a08e19'
                    }
                    atf_request_refused_order_and_expect: {
                        table: 'sys_atf_step'
                        id: '988dfc837e0745b2b1a873d7dcdecc8c'
                    }
                    atf_request_refused_prepare: {
                        table: 'sys_atf_step'
                        id: '0bc68a54a21a480aad4005d8148d0b5f'
                    }
                    atf_request_refused_requester: {
                        table: 'sys_atf_step'
                        id: 'bba05384815141a5b3a1a71f28ee479e'
                    }
                    atf_rest_message: {
                        table: 'sys_atf_test'
                        id: '22ce48a599ca410fa630bf7f07466fc1'
                    }
                    atf_rest_message_script: {
                        table: 'sys_atf_step'
                        id: '3118bc1b91bd499e957b779c44d34ce6'
                    }
                    atf_retry_in_okta: {
                        table: 'sys_atf_test'
                        id: '0164e3566aab44b985dfd915d3b8258f'
                    }
                    atf_retry_in_okta_arrange: {
                        table: 'sys_atf_step'
                        id: '62d0d99c61e14cb2afa68b2c41a8ff3c'
                    }
                    atf_retry_in_okta_as_requester: {
                        table: 'sys_atf_step'
                        id: 'e8d464d326af4889b351e2e1abb05622'
                    }
                    atf_retry_in_okta_order_retry_and_expect: {
                        table: 'sys_atf_step'
                        id: '775ae5c190594ab6a55af0a706241bf8'
                    }
                    atf_retry_in_okta_prepare: {
                        table: 'sys_atf_step'
                        id: '60cf244b90e747c59a139c18111e4d09'
                    }
                    atf_retry_in_okta_requester: {
                        table: 'sys_atf_step'
                        id: '00fc4096126a45cdbfde3ca86f342fa8'
                    }
                    atf_retry_in_okta_subject: {
                        table: 'sys_atf_step'
                        id: 'ee7af9598a5b4fbb83de0bde69f9db7c'
                    }
                    atf_suite_member_account_help: {
                        table: 'sys_atf_test_suite_test'
                        id: 'eb7f0d0bde664f07bd71c4284087033f'
                    }
                    atf_suite_member_approve_onboarding: {
                        table: 'sys_atf_test_suite_test'
                        id: '4d97e70917d141c5b9c010eb2a1763ed'
                    }
                    atf_suite_member_end_access: {
                        table: 'sys_atf_test_suite_test'
                        id: '0c1dec903931405c85c5a8e1d207ae10'
                    }
                    atf_suite_member_extend_access: {
                        table: 'sys_atf_test_suite_test'
                        id: 'cb18428245d44bb081038f673e1be839'
                    }
                    atf_suite_member_joiner: {
                        table: 'sys_atf_test_suite_test'
                        id: '17c71286394b465f873a0ddd1136d8eb'
                    }
                    atf_suite_member_leaver: {
                        table: 'sys_atf_test_suite_test'
                        id: '59beb638e3874e0b900370c70e59f419'
                    }
                    atf_suite_member_leaver_refused: {
                        table: 'sys_atf_test_suite_test'
                        id: '05a6da16feb54ce1a4a5c6325502d8c4'
                    }
                    atf_suite_member_mover: {
                        table: 'sys_atf_test_suite_test'
                        id: 'ed583bc0f36c4e37b624ef3b8eacc87c'
                    }
                    atf_suite_member_payload_builder: {
                        table: 'sys_atf_test_suite_test'
                        id: 'd6ed37e3188441c3826a849350f7e312'
                    }
                    atf_suite_member_reject_onboarding: {
                        table: 'sys_atf_test_suite_test'
                        id: 'ba0e27f02ace4e069decc231d4309a4e'
                    }
                    atf_suite_member_reject_without_reason: {
                        table: 'sys_atf_test_suite_test'
                        id: 'faeed0b03d904cee8e270c4b533ed70e'
                    }
                    atf_suite_member_request_access: {
                        table: 'sys_atf_test_suite_test'
                        id: '5b39d1e0dae04c7e8e43cf498eafc3db'
                    }
                    atf_suite_member_request_refused: {
                        table: 'sys_atf_test_suite_test'
                        id: '06491dee4ba044ef90537bc6906a6d5e'
                    }
                    atf_suite_member_rest_message: {
                        table: 'sys_atf_test_suite_test'
                        id: 'a73a3e7d269c4fd3ade56cd4c09b02e8'
                    }
                    atf_suite_member_retry_in_okta: {
                        table: 'sys_atf_test_suite_test'
                        id: 'd604fcf177ed44c5b1783890ce244ad6'
                    }
                    atf_suite_okta_jml: {
                        table: 'sys_atf_test_suite'
                        id: 'b51ddbf0b0c04330971708c811bfe034'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'faa6f83201544e248ce65cfd6dc41511'
                    }
                    business_rule_no_self_approval: {
                        table: 'sys_script'
                        id: 'b17fc894fe6b4614868fcf08ea788713'
                    }
                    business_rule_notify_access_ended: {
                        table: 'sys_script'
                        id: '3a703b12c1694e28ac53907d9f85a31f'
                    }
                    business_rule_notify_approver: {
                        table: 'sys_script'
                        id: '13696137318a477e94ae0fe0e2b0fbe2'
                    }
                    business_rule_notify_item_closed: {
                        table: 'sys_script'
                        id: '700449d67c4e4063aee049bb02f04bdf'
                    }
                    business_rule_notify_item_failed: {
                        table: 'sys_script'
                        id: '355f5280795d4585b19157244ec12a85'
                    }
                    business_rule_notify_onboarding: {
                        table: 'sys_script'
                        id: 'dc5296cdddab49ddbb6a4e31bbdb0876'
                    }
                    catalog_item_account_help: {
                        table: 'sc_cat_item'
                        id: '03649ec4f21e4c1b93fb2a90a2ecb220'
                    }
                    catalog_item_end_access: {
                        table: 'sc_cat_item'
                        id: 'c01bad60a2f149cc99fedf1e382e5f2a'
                    }
                    catalog_item_extend_access: {
                        table: 'sc_cat_item'
                        id: '3b4103ab006c4016bdeca951c85bc8b9'
                    }
                    catalog_item_joiner: {
                        table: 'sc_cat_item'
                        id: 'd866c91bdb414da4944ab3a1dd27aa83'
                    }
                    catalog_item_leaver: {
                        table: 'sc_cat_item'
                        id: '11cf22507b074e23ad6c838ece6672f3'
                    }
                    catalog_item_mover: {
                        table: 'sc_cat_item'
                        id: '06d221874b894a63ab236483dab53273'
                    }
                    catalog_item_request_access: {
                        table: 'sc_cat_item'
                        id: 'c566636203a34fd1af91af22034df277'
                    }
                    client_script_extend_access_new_end_date: {
                        table: 'catalog_script_client'
                        id: 'c592d028b77c48ee94fc7fc161e56480'
                    }
                    client_script_joiner_login_from_email: {
                        table: 'catalog_script_client'
                        id: 'f0c5bf45214f42f8b0392c2b2e7e17fc'
                    }
                    client_script_joiner_on_submit: {
                        table: 'catalog_script_client'
                        id: 'b3d6099d293f4f3689d6264b86dced41'
                    }
                    client_script_leaver_on_submit: {
                        table: 'catalog_script_client'
                        id: '34d966bcbd4e4f1fbc13987f7580e576'
                    }
                    client_script_mover_on_submit: {
                        table: 'catalog_script_client'
                        id: 'e22670e34fc541c798ccc5895e9e1e10'
                    }
                    client_script_request_access_end_date: {
                        table: 'catalog_script_client'
                        id: '3636e0eb7242446394c31e9149dc5680'
                    }
                    client_script_request_access_resource_limits: {
                        table: 'catalog_script_client'
                        id: 'ef202055728f4915bafb4e9d9471108a'
                    }
                    client_script_subject_fills_login: {
                        table: 'catalog_script_client'
                        id: '5bbb531a08ce4651b37a6f814f33af8c'
                    }
                    cross_scope_cmn_department_read: {
                        table: 'sys_scope_privilege'
                        id: '37b09c2a55e34e61acaaebed1417704a'
                    }
                    cross_scope_ecc_agent_read: {
                        table: 'sys_scope_privilege'
                        id: '9c3a4b08ee514f1caa7f69cf5cd49611'
                    }
                    cross_scope_incident_read: {
                        table: 'sys_scope_privilege'
                        id: 'baadfd919f3d413cb0e4f813b5a34991'
                    }
                    cross_scope_incident_write: {
                        table: 'sys_scope_privilege'
                        id: 'b1d35c2c16c44c92bb16b0b00badb900'
                    }
                    cross_scope_sc_cat_item_read: {
                        table: 'sys_scope_privilege'
                        id: 'bdf2e098160c4b8eb5be8c5a0879e359'
                    }
                    cross_scope_sc_req_item_read: {
                        table: 'sys_scope_privilege'
                        id: '1779bb543c794d0597886c8d8b6c2286'
                    }
                    cross_scope_sc_req_item_write: {
                        table: 'sys_scope_privilege'
                        id: '9f5f7b9a12584949a55b842d5f773277'
                    }
                    cross_scope_sc_task_create: {
                        table: 'sys_scope_privilege'
                        id: '6848e39bb77c45afae861ed716cf08e9'
                    }
                    cross_scope_sc_task_read: {
                        table: 'sys_scope_privilege'
                        id: '8e2d00b9c8f94357afc89aa7d69e3ef4'
                    }
                    cross_scope_sc_task_write: {
                        table: 'sys_scope_privilege'
                        id: 'e1a31ae330594f098b1b0913393b9046'
                    }
                    cross_scope_sys_alias_read: {
                        table: 'sys_scope_privilege'
                        id: '40ed8a2f83ba461091d99578de71d9ac'
                    }
                    cross_scope_sys_choice_create: {
                        table: 'sys_scope_privilege'
                        id: 'e47c60a9a6924b6da285fe075943754b'
                    }
                    cross_scope_sys_choice_read: {
                        table: 'sys_scope_privilege'
                        id: 'ad7f1e6af91f49f2b17ce24419edc6e5'
                    }
                    cross_scope_sys_hub_action_type_definition_read: {
                        table: 'sys_scope_privilege'
                        id: 'da1fa5c79b5b466db5b7bdb44299aab4'
                    }
                    cross_scope_sys_hub_flow_read: {
                        table: 'sys_scope_privilege'
                        id: 'c1842a88fd2440698759bfa5b18d8e07'
                    }
                    cross_scope_sys_user_has_role_read: {
                        table: 'sys_scope_privilege'
                        id: '22ddcaeb4eb0490ca1c874a445ad1e2e'
                    }
                    cross_scope_sys_user_read: {
                        table: 'sys_scope_privilege'
                        id: 'bda8498bc1b14ec8b80cd563a8c0d04a'
                    }
                    cross_scope_sys_user_role_read: {
                        table: 'sys_scope_privilege'
                        id: 'beb8f6d230c142d1a2fdbad63c38303c'
                    }
                    cross_scope_sysapproval_approver_read: {
                        table: 'sys_scope_privilege'
                        id: '9558be3bf6d94069928f1c24ef786a5b'
                    }
                    cross_scope_sysapproval_approver_write: {
                        table: 'sys_scope_privilege'
                        id: 'e0ccfae88bb94522bda1bcecfc81a69c'
                    }
                    cross_scope_task_read: {
                        table: 'sys_scope_privilege'
                        id: '81018ef8e07c4e778162ac1c08e9caab'
                    }
                    dashboard_okta_jml: {
                        table: 'par_dashboard'
                        id: 'd03a9e4f2e654d97956a7914994e309b'
                    }
                    dashboard_okta_jml_tab_overview: {
                        table: 'par_dashboard_tab'
                        id: '3796dcb337fc4c1f8375d0ab53135de7'
                    }
                    dashboard_widget_active_grants: {
                        table: 'par_dashboard_widget'
                        id: '33a2c18380a84f60ae4f95b3663b964e'
                    }
                    dashboard_widget_changes_per_day: {
                        table: 'par_dashboard_widget'
                        id: '518268476d0c410ca527e70788d5db73'
                    }
                    dashboard_widget_failed_executions: {
                        table: 'par_dashboard_widget'
                        id: 'f1c123c3e4b740e4a333ae3c126fac56'
                    }
                    dashboard_widget_grants_ending: {
                        table: 'par_dashboard_widget'
                        id: '5ff4cbd885f348db943db89b2375b010'
                    }
                    dashboard_widget_requests_by_state: {
                        table: 'par_dashboard_widget'
                        id: '2e013835d6f249b79d777c1b9ab0f05b'
                    }
                    event_access_ended: {
                        table: 'sysevent_register'
                        id: '4dd951ae08a44122a5523ddd1262bbac'
                    }
                    event_access_ending: {
                        table: 'sysevent_register'
                        id: 'eb1698b83b12480bba4ef8622cc1bd16'
                    }
                    event_approval_reminder: {
                        table: 'sysevent_register'
                        id: '778ef49ece244002b6404ac335fdbf9e'
                    }
                    event_approval_requested: {
                        table: 'sysevent_register'
                        id: '0b964744f150434f8d8f6572a1b6e4a6'
                    }
                    event_onboarding_pending: {
                        table: 'sysevent_register'
                        id: 'b4659377851a497a9e3275bb7d56ba31'
                    }
                    event_request_failed: {
                        table: 'sysevent_register'
                        id: '7736d5153c734432bf031a8370efddff'
                    }
                    event_request_fulfilled: {
                        table: 'sysevent_register'
                        id: '3e544fd79ddc4388abc77ae99bbc7f22'
                    }
                    event_request_rejected: {
                        table: 'sysevent_register'
                        id: '7d5bb82a5d9f48ae9488ab031ce4f049'
                    }
                    fix_script_onboarding_incident_choices: {
                        table: 'sys_script_fix'
                        id: 'c90a513305ce42adb4368b014f1fd693'
                    }
                    flow_account_help: {
                        table: 'sys_hub_flow'
                        id: 'e9aec5e9ad2944b08842251f1944f319'
                    }
                    flow_account_help_run: {
                        table: 'sys_hub_sub_flow_instance_v2'
                        id: '5c720365a8be4b7bbfa900cccd8d1973'
                    }
                    flow_account_help_trigger: {
                        table: 'sys_hub_trigger_instance_v2'
                        id: 'f491e143bfe74d938e916e7f3fab6f5a'
                    }
                    flow_end_access: {
                        table: 'sys_hub_flow'
                        id: '6ae2376e844b4ba788839d80cd8362d1'
                    }
                    flow_end_access_run: {
                        table: 'sys_hub_sub_flow_instance_v2'
                        id: '8cb53eecfe854e58a710d10304a9a99e'
                    }
                    flow_end_access_trigger: {
                        table: 'sys_hub_trigger_instance_v2'
                        id: '50ba5b2c587b4160aa5552b97d47f81b'
                    }
                    flow_extend_access: {
                        table: 'sys_hub_flow'
                        id: '72b0c5fcd9c9460dbcec12ee2f802e53'
                    }
                    flow_extend_access_run: {
                        table: 'sys_hub_sub_flow_instance_v2'
                        id: '4bf71ebc2dea4613a3ff62e27ec24ec4'
                    }
                    flow_extend_access_trigger: {
                        table: 'sys_hub_trigger_instance_v2'
                        id: 'dd1e9a0fa50446b9819d34f14af4b190'
                    }
                    flow_joiner: {
                        table: 'sys_hub_flow'
                        id: '7e6ce2703a2c490b9a303c31345a4c2b'
                    }
                    flow_joiner_run: {
                        table: 'sys_hub_sub_flow_instance_v2'
                        id: '363ff227d4ce45a3a8ae235a00accd19'
                    }
                    flow_joiner_trigger: {
                        table: 'sys_hub_trigger_instance_v2'
                        id: '99a3d6dcf6cd4e4ba9fe3bd17e0f33dc'
                    }
                    flow_leaver: {
                        table: 'sys_hub_flow'
                        id: 'a6d60d8e1abe48d5bfd4980132d39fc4'
                    }
                    flow_leaver_run: {
                        table: 'sys_hub_sub_flow_instance_v2'
                        id: '504c1b48aadd47e7905c3717bfbe80a1'
                    }
                    flow_leaver_trigger: {
                        table: 'sys_hub_trigger_instance_v2'
                        id: '6261aac7dc714fc983da01eebdc7c765'
                    }
                    flow_mover: {
                        table: 'sys_hub_flow'
                        id: 'b812fe96002340d0abb22b14bafa5095'
                    }
                    flow_mover_run: {
                        table: 'sys_hub_sub_flow_instance_v2'
                        id: '092a7c29a0f74eb1a7e8e522c8581a39'
                    }
                    flow_mover_trigger: {
                        table: 'sys_hub_trigger_instance_v2'
                        id: 'bae88702a0274b6c99544d841bfe15b4'
                    }
                    flow_request_access: {
                        table: 'sys_hub_flow'
                        id: '6bed7bfec8a740199cc5e150127b639e'
                    }
                    flow_request_access_run: {
                        table: 'sys_hub_sub_flow_instance_v2'
                        id: '86fd3e2dc6b443d99818ec33a0c2673b'
                    }
                    flow_request_access_trigger: {
                        table: 'sys_hub_trigger_instance_v2'
                        id: '8a611879b10840c697a6fd41bbc967de'
                    }
                    http_connection_okta_jml_bridge: {
                        table: 'http_connection'
                        id: 'ca83285054ea4183a2416f656fc133fb'
                    }
                    job_age_pending_approvals: {
                        table: 'sysauto_script'
                        id: '56970899fd5640c89874266409daf282'
                    }
                    job_follow_pending_executions: {
                        table: 'sysauto_script'
                        id: 'ac4aa525bc2e4a5ba3c633e160a48530'
                    }
                    menu_okta_jml: {
                        table: 'sys_app_application'
                        id: '55c55dcf89ce4313b92e5b468016a712'
                    }
                    module_access_grants: {
                        table: 'sys_app_module'
                        id: '69a4d857756a4980af3a9dab63611868'
                    }
                    module_birthright_rules: {
                        table: 'sys_app_module'
                        id: 'f1476fc59a904e148bc00d86180f6c65'
                    }
                    module_bridge_setup: {
                        table: 'sys_app_module'
                        id: 'a2dc0c1ef848401bb4013b9557115016'
                    }
                    module_dashboard: {
                        table: 'sys_app_module'
                        id: 'f2d9ebed9aa24b45b7ba109c1d25a5f4'
                    }
                    module_golden_thread: {
                        table: 'sys_app_module'
                        id: '2d2843ead88647869ade958895aa408a'
                    }
                    module_okta_resources: {
                        table: 'sys_app_module'
                        id: 'f11ae62acd3146ee996201eee365dfc9'
                    }
                    module_onboarding_approvals: {
                        table: 'sys_app_module'
                        id: 'dfb0588b84724084b350ab5a45a2c2aa'
                    }
                    module_onboarding_decisions: {
                        table: 'sys_app_module'
                        id: '7dd7981807ab4aa69812ea21ca2b0afe'
                    }
                    module_properties: {
                        table: 'sys_app_module'
                        id: '0ff8d2efd81c47488caef13ef223e988'
                    }
                    module_reports: {
                        table: 'sys_app_module'
                        id: 'b8b0757c265a461f928e0ddc3edff470'
                    }
                    module_status: {
                        table: 'sys_app_module'
                        id: 'f78c680b8fec4ea08cefb39fd8c8dde5'
                    }
                    notification_access_ended: {
                        table: 'sysevent_email_action'
                        id: '4bef9d949e294accb17e3af9f2d05d43'
                    }
                    notification_access_ending: {
                        table: 'sysevent_email_action'
                        id: '62ef6c547b4b4251b4ce2a32371ac041'
                    }
                    notification_approval_reminder: {
                        table: 'sysevent_email_action'
                        id: 'aaee8f34e89c408c92bea6c2e2631c21'
                    }
                    notification_approval_requested: {
                        table: 'sysevent_email_action'
                        id: 'b99f3a56ae3b40dc84ce133cffb8f1a9'
                    }
                    notification_onboarding_pending: {
                        table: 'sysevent_email_action'
                        id: '4294764b3f6c4b07a3da09dd63eca147'
                    }
                    notification_request_failed: {
                        table: 'sysevent_email_action'
                        id: '298065324a96476c8aea95aac97da015'
                    }
                    notification_request_fulfilled: {
                        table: 'sysevent_email_action'
                        id: 'b8075b40753c443893326716c2ae670e'
                    }
                    notification_request_rejected: {
                        table: 'sysevent_email_action'
                        id: 'ad2882d988414ab3b98fd7fbacb3a851'
                    }
                    'now-app_server_bridge_access_ts': {
                        table: 'sys_module'
                        id: '28ae11cb18e04dc9bbc271d8f198ebb0'
                    }
                    'now-app_server_bridge_access-glide_ts': {
                        table: 'sys_module'
                        id: '47b51e5ed9d84d83975cb1e8b8370bd2'
                    }
                    'now-app_server_bridge_api_ts': {
                        table: 'sys_module'
                        id: '9384ad95c68b4c128fa0875e00794bfe'
                    }
                    'now-app_server_bridge_atf_ts': {
                        table: 'sys_module'
                        id: 'efc281f656524387aa81274975335300'
                    }
                    'now-app_server_bridge_atf-glide_ts': {
                        table: 'sys_module'
                        id: 'af3cd3a92648410b9196f9e56ba027aa'
                    }
                    'now-app_server_bridge_birthright_ts': {
                        table: 'sys_module'
                        id: 'd32184b0a271494a803e4edb82884d63'
                    }
                    'now-app_server_bridge_catalog_ts': {
                        table: 'sys_module'
                        id: '81d4710b11a347889789717c25c18b08'
                    }
                    'now-app_server_bridge_catalog-glide_ts': {
                        table: 'sys_module'
                        id: '1841e7f1a5424c1e9d4bce4f13eb7c69'
                    }
                    'now-app_server_bridge_client_ts': {
                        table: 'sys_module'
                        id: '043a9935021042fc99ec1bc096432e93'
                    }
                    'now-app_server_bridge_connection_ts': {
                        table: 'sys_module'
                        id: 'c37685e2c4dd4f5c8ec54e0584a3c21c'
                    }
                    'now-app_server_bridge_contract_ts': {
                        table: 'sys_module'
                        id: '657471e4cbdb485fb619c11be0a0ddd7'
                    }
                    'now-app_server_bridge_errors_ts': {
                        table: 'sys_module'
                        id: 'cc577fcf638547488c26cf607fde0b40'
                    }
                    'now-app_server_bridge_format_ts': {
                        table: 'sys_module'
                        id: 'fdeef4eedc324208a122b9d6a9bafe37'
                    }
                    'now-app_server_bridge_glide_ts': {
                        table: 'sys_module'
                        id: '325e8389124d4b0fa25c73248c53f635'
                    }
                    'now-app_server_bridge_notify-glide_ts': {
                        table: 'sys_module'
                        id: 'a2c96027f66f4876a992da0597dfca9e'
                    }
                    'now-app_server_bridge_onboarding_ts': {
                        table: 'sys_module'
                        id: '037ee6c4618942f4aa0a65d5e687222d'
                    }
                    'now-app_server_bridge_onboarding-glide_ts': {
                        table: 'sys_module'
                        id: '9405ec1f29ba4922be9badf45fe375fd'
                    }
                    'now-app_server_bridge_payload_ts': {
                        table: 'sys_module'
                        id: '914a96461aea4b97b42053c307f3da66'
                    }
                    'now-app_server_bridge_requests_ts': {
                        table: 'sys_module'
                        id: 'ce432c6cda0543a5ba06c5af6f73319a'
                    }
                    'now-app_server_bridge_requests-glide_ts': {
                        table: 'sys_module'
                        id: 'd18e2b1e9a2a4bef8a445a36e37e9268'
                    }
                    'now-app_server_bridge_setup_ts': {
                        table: 'sys_module'
                        id: 'f0d9b99f7beb46fa86c97de21da1c3aa'
                    }
                    'now-app_server_bridge_setup-glide_ts': {
                        table: 'sys_module'
                        id: 'e70f31b7569441dca64afbffc84b4144'
                    }
                    'now-app_server_bridge_tables_ts': {
                        table: 'sys_module'
                        id: 'd12ac9d559f3462b877b89951aa5f707'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: 'a167961279634166944909f5882525e9'
                    }
                    property_access_ending_notice_days: {
                        table: 'sys_properties'
                        id: '33aeb76a145e4405bd42fb5b75ca333b'
                    }
                    property_approval_group: {
                        table: 'sys_properties'
                        id: 'fb2eb40ff7094fcda5bb4ec46b85f677'
                    }
                    property_approval_max_pending_days: {
                        table: 'sys_properties'
                        id: '5831dfcefb8f406dbd65f9ee6279be44'
                    }
                    property_approval_mode: {
                        table: 'sys_properties'
                        id: 'cfd6843a5356403c927c0337daec06d4'
                    }
                    property_atf_okta_app_id: {
                        table: 'sys_properties'
                        id: '9eedb19c9fb64516aa57d7385b7d1b0a'
                    }
                    property_atf_okta_group_id: {
                        table: 'sys_properties'
                        id: 'c965b7569a794d739eac3c00a1e11113'
                    }
                    property_bridge_pending_timeout_minutes: {
                        table: 'sys_properties'
                        id: 'e5dc36c939914ce8abd0c66864e61e54'
                    }
                    property_bridge_plan_only: {
                        table: 'sys_properties'
                        id: 'da2e35fa56d4429bbfb9c75c50873ff6'
                    }
                    property_bridge_timeout_seconds: {
                        table: 'sys_properties'
                        id: '05f6382ad8b445798f35fc8f5f0aae45'
                    }
                    property_help_desk_group: {
                        table: 'sys_properties'
                        id: 'c64a8c3ebeaf47b5993da1e5a3c16932'
                    }
                    report_active_grants: {
                        table: 'sys_report'
                        id: '6fa6d4cb6e3444b3909f6b14ad13244f'
                    }
                    report_changes_per_day: {
                        table: 'sys_report'
                        id: '18b493fd928444ba8a9a6aae3410021e'
                    }
                    report_failed_executions: {
                        table: 'sys_report'
                        id: 'b4a948d5aeb34608a4fe589cda847f01'
                    }
                    report_grants_ending: {
                        table: 'sys_report'
                        id: 'c01d793e868148f886495461936a281c'
                    }
                    report_requests_by_state: {
                        table: 'sys_report'
                        id: '86f05000130e42faa0e3270ee06d69c0'
                    }
                    rest_fn_catalog_resources_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '2dbd1367d1e04f73b7755bc078fa1576'
                    }
                    rest_fn_extend_access_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: '09949d6817924505a95a34a3f1839cae'
                    }
                    rest_fn_extend_access_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: '5a8d99ce40494abb8a192707c6c68526'
                    }
                    rest_fn_extend_access_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '8380713212a549f5a81ca411ebe5010c'
                    }
                    rest_fn_extend_access_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '598a984125ed4212b8fac10c11d23197'
                    }
                    rest_fn_extend_access_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'e812f26bf9084577913e544040f4591e'
                    }
                    rest_fn_extend_access_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'a8e74512814e4110b254dc5a4d20632f'
                    }
                    rest_fn_grant_access_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: 'c77bf2d94a6c4382896954cc5339d827'
                    }
                    rest_fn_grant_access_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: 'ed36cf721e8d4adea06b2e885675c464'
                    }
                    rest_fn_grant_access_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '0e63042f82d54716939dec6780af0634'
                    }
                    rest_fn_grant_access_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'd5d30b64e1e040d8a7ef05f43c4f0b84'
                    }
                    rest_fn_grant_access_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'd5dd537737d54fc3930f91ea4100a6e0'
                    }
                    rest_fn_grant_access_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '58eefa95904742158d9dbcc775e053cc'
                    }
                    rest_fn_joiner_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: '14af5ab4411f4a13b36fc8cde14bd221'
                    }
                    rest_fn_joiner_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: '038da552fc3044cf88c3a8d95d962f6a'
                    }
                    rest_fn_joiner_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'c9b07c9068bd4f3d9c301c6ad63bc669'
                    }
                    rest_fn_joiner_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '580a054bd23f409abe899f889feecf60'
                    }
                    rest_fn_joiner_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '2f3ec98c27f24f25a8b2e3f5be679d2a'
                    }
                    rest_fn_joiner_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '90c3fb89651d44b99a2a00744a38134b'
                    }
                    rest_fn_leaver_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: '7fd7aa3d3adf4a32895c08c82bd5168d'
                    }
                    rest_fn_leaver_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: '8b2dc3ada44c491eab98f09844d72d20'
                    }
                    rest_fn_leaver_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '60051d5f873149d0b417b251db24bcf3'
                    }
                    rest_fn_leaver_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '564cbad8cf704190b7263bdce8fa7933'
                    }
                    rest_fn_leaver_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'e39adefc4b8a4051bb52d45533ea67e2'
                    }
                    rest_fn_leaver_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '3d44bb3330414637a8af44f023dfe08e'
                    }
                    rest_fn_mover_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: '081bfec59b274e34b0a7e8fec2469d3c'
                    }
                    rest_fn_mover_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: 'b099e2e910d74f1aa6955a692085b8d6'
                    }
                    rest_fn_mover_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'e114f28a3e774af5867e69b8ba2fd2d4'
                    }
                    rest_fn_mover_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'bf3cc3d4ffe64871be128f270ff59813'
                    }
                    rest_fn_mover_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '5b64bde57008446db5bb2e0a6007db9e'
                    }
                    rest_fn_mover_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '7abe686c9245486abddfaa7894fc98cb'
                    }
                    rest_fn_onboarding_decision_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: '2635a440324f4e519cd2f1efc16441c0'
                    }
                    rest_fn_onboarding_decision_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: 'b6d035d14c38463faa2cb2ce7d1dab33'
                    }
                    rest_fn_onboarding_decision_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '20e0247b143548829d6aea051185cb97'
                    }
                    rest_fn_onboarding_decision_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '50b12c65c1e64709b12ce6142f94efd7'
                    }
                    rest_fn_onboarding_decision_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '8126490f78974ce5a5cfa984ec8410e5'
                    }
                    rest_fn_onboarding_decision_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'b37c3ce0eaf14c0f82863801e95a845e'
                    }
                    rest_fn_rehire_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: '8b7cf7b5a99d4f8abdf695459bdf6b5a'
                    }
                    rest_fn_rehire_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: '366ced7b423f491aaa5bfe0bebba1318'
                    }
                    rest_fn_rehire_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '40cb31029bf049b7bf713da5d45e2d61'
                    }
                    rest_fn_rehire_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'a8f473be49954bf2913613fc48ae99e8'
                    }
                    rest_fn_rehire_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '18214800a71c4f3f8843fb7eb91718c2'
                    }
                    rest_fn_rehire_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '0174fb2b18214863b94cdf41104c273f'
                    }
                    rest_fn_reset_password_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: '72c3042c19a8404eb4599c038ca72bc5'
                    }
                    rest_fn_reset_password_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: '1799a3b6714e44c981c5fa487f8c231a'
                    }
                    rest_fn_reset_password_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '2fbee31afda34c748053b909649cae19'
                    }
                    rest_fn_reset_password_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'ed480cb0e5db41a5a1c7f8ded4f4db6f'
                    }
                    rest_fn_reset_password_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '0767e07aca3949588e40cce7c9a6fc52'
                    }
                    rest_fn_reset_password_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'feb48f6ce1fe421ab6b77ea8d1b2fc06'
                    }
                    rest_fn_revoke_access_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: '2c07ac2ceccf46119e733076e0a5e692'
                    }
                    rest_fn_revoke_access_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: '8caae56f3e3c471193b0c2411afa3102'
                    }
                    rest_fn_revoke_access_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'fe5112322bd9466d8c33551787ac917e'
                    }
                    rest_fn_revoke_access_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '8f9305b0c2af467fb2cf83d2d186d68a'
                    }
                    rest_fn_revoke_access_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'e4e61c6ac69c425ebd7d544918fd3757'
                    }
                    rest_fn_revoke_access_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'a795a87204a545ecb80dc0533647eb4b'
                    }
                    rest_fn_revoke_sessions_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: '63ca4a62fc244113bda8d2756d44dadf'
                    }
                    rest_fn_revoke_sessions_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: 'a46cff666ba440029a3743eb22218d96'
                    }
                    rest_fn_revoke_sessions_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '8e9a3c5ad43d477e839f5f209d611703'
                    }
                    rest_fn_revoke_sessions_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '6ece76b3dfdc4801bbb8aaa561be02a2'
                    }
                    rest_fn_revoke_sessions_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'd45f40d7ff694054869c29b9b71a1061'
                    }
                    rest_fn_revoke_sessions_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '22f9d5f52d024fc792f11abd57449950'
                    }
                    rest_fn_unlock_dry_run: {
                        table: 'sys_rest_message_fn_param_defs'
                        id: '40bef6d1e21c4d0d8b9549039fc9107e'
                    }
                    rest_fn_unlock_idempotency_key: {
                        table: 'sys_rest_message_fn_headers'
                        id: 'b3b2bb621c964a038adbb62e8dde0289'
                    }
                    rest_fn_unlock_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'bc10450db4ba4a4e890590f13caf30d2'
                    }
                    rest_fn_unlock_var_dry_run: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '80567dda03934366a989d9da22dcba2e'
                    }
                    rest_fn_unlock_var_idempotency_key: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '80f4403c1cfb4053a0bbace1cb42423d'
                    }
                    rest_fn_unlock_var_payload: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '7db57f46f94c4989bcd9e1d13e8af7a7'
                    }
                    rest_fn_whoami_var_base_url: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '142a76edc6ab491ea7f393924080a45a'
                    }
                    rest_header_accept: {
                        table: 'sys_rest_message_headers'
                        id: '98b0044946a5434fbf540d61a1daceeb'
                    }
                    rest_header_content_type: {
                        table: 'sys_rest_message_headers'
                        id: '5a6f96d79a594da69bc6b46546d759f4'
                    }
                    rest_message_okta_jml_bridge: {
                        table: 'sys_rest_message'
                        id: '4325637665d54cbe91cee8613b55d374'
                    }
                    sc_category_identity_access: {
                        table: 'sc_category'
                        id: 'fea38101f61e4a60be3c0442226bc2b1'
                    }
                    scheduled_access_ending: {
                        table: 'sysauto_script'
                        id: 'f05e0093b659493d9e8e91ff273cbaa6'
                    }
                    scheduled_okta_catalog_sync: {
                        table: 'sysauto_script'
                        id: '6bcd37b7495b466db95279c37b0f2797'
                    }
                    script_include_okta_access_requests: {
                        table: 'sys_script_include'
                        id: 'def5146a27ca4bac9e420e6a70df9bbf'
                    }
                    sp_column_bridge_setup: {
                        table: 'sp_column'
                        id: '780bc9a3cb224fcab671ca1f2d87c40c'
                    }
                    sp_column_my_okta_access: {
                        table: 'sp_column'
                        id: 'cc663e516e65426b8d41908c1f783c6d'
                    }
                    sp_column_okta_jml_status: {
                        table: 'sp_column'
                        id: 'fc091c74476845ec9b9eb1d9e11a2203'
                    }
                    sp_container_bridge_setup: {
                        table: 'sp_container'
                        id: 'ad4e405ca0974b41b6a926c9254ac944'
                    }
                    sp_container_my_okta_access: {
                        table: 'sp_container'
                        id: '6bda0d7a9df14949ac3442f708547ad0'
                    }
                    sp_container_okta_jml_status: {
                        table: 'sp_container'
                        id: 'f6afeae586a446678380641fc985c940'
                    }
                    sp_instance_bridge_setup: {
                        table: 'sp_instance'
                        id: 'a5aa7cdb56014280ba8f39542eb7dd47'
                    }
                    sp_instance_my_okta_access: {
                        table: 'sp_instance'
                        id: '41d27a83f7a64e438ddfd2d69dfd9def'
                    }
                    sp_instance_okta_jml_status: {
                        table: 'sp_instance'
                        id: 'd2de47901abc403099cb0f783fe4e6dc'
                    }
                    sp_row_bridge_setup: {
                        table: 'sp_row'
                        id: 'd6ac1231a25649f39103f8e5714a05af'
                    }
                    sp_row_my_okta_access: {
                        table: 'sp_row'
                        id: '29892626df334bbababe59c9aad54f7a'
                    }
                    sp_row_okta_jml_status: {
                        table: 'sp_row'
                        id: 'ca5bcab4e174461bbd7d7598165511d7'
                    }
                    sp_widget_bridge_setup: {
                        table: 'sp_widget'
                        id: 'c2aa5ddc691f41519672a593aed58d00'
                    }
                    sp_widget_my_okta_access: {
                        table: 'sp_widget'
                        id: '4e861ef123cb40bd92b60a959e8da5a8'
                    }
                    sp_widget_okta_jml_status: {
                        table: 'sp_widget'
                        id: '64df6d2177434c86846ccf406c31e12f'
                    }
                    subflow_aaa_approval_1: {
                        table: 'sys_hub_action_instance_v2'
                        id: '512035c9a9274bd8b4ff5e1e7b40aad0'
                    }
                    subflow_aaa_approval_2: {
                        table: 'sys_hub_action_instance_v2'
                        id: '00fa59336557469395c7abfb0cc5f8d0'
                    }
                    subflow_aaa_build: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'fdc4807f34034f5c9141cdaa6e55fad5'
                    }
                    subflow_aaa_close_complete: {
                        table: 'sys_hub_action_instance_v2'
                        id: '070bbbda79b54831a3c3c7a423c6063d'
                    }
                    subflow_aaa_close_skipped: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'e6c59229775a44898c34455247c94681'
                    }
                    subflow_aaa_if_approval_1: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '95d981c0fbe14924ad67502fa2c98ab5'
                    }
                    subflow_aaa_if_approval_2: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '71a941fb972e4ab89556e2514767a7ba'
                    }
                    subflow_aaa_if_invalid: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'e6758568ae404bb3888e5c2b46add6e9'
                    }
                    subflow_aaa_if_invoke_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'faa1d8d578934cb9b830bb954d3627ed'
                    }
                    subflow_aaa_if_not_approved_1: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '92e0c0977ceb467999b5037980110c68'
                    }
                    subflow_aaa_if_not_approved_2: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '3942e9e816214b218fab277a81d448dc'
                    }
                    subflow_aaa_if_pending: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '07aea16c632f455f9527f72f46caeb28'
                    }
                    subflow_aaa_if_plan_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '8d9cc7002b014181a0ad934a6dd1a774'
                    }
                    subflow_aaa_if_rejected: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '1dc5d4a2dbca427abaabeb31eeab5c1f'
                    }
                    subflow_aaa_if_skipped: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '614e4a63928a464b9e2ff78137a7947b'
                    }
                    subflow_aaa_if_succeeded: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '3987f78068e045799205a6e30ab1fea0'
                    }
                    subflow_aaa_invalid_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '810c9d49dd174070b8a9d0c79bd4666e'
                    }
                    subflow_aaa_invalid_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '1109f9fe85354600b815d34f95b32ca7'
                    }
                    subflow_aaa_invalid_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'eef6137b7090412d881183a26b93a3a9'
                    }
                    subflow_aaa_invoke: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'b6b74961fcf4424db8ea79d45c351f91'
                    }
                    subflow_aaa_invoke_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '0a0a647ef2544e129173f776b640c354'
                    }
                    subflow_aaa_invoke_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'ef0c57d435e24e3eb245cc626819591c'
                    }
                    subflow_aaa_invoke_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: '0ab91b83ba76474ba62743baff4f63cc'
                    }
                    subflow_aaa_pending_wait: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'f1de1363a4d84e059c3d9d3ab4f6f3c4'
                    }
                    subflow_aaa_plan: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'f7c7c95fbbe540dfb37cda21e2b8993a'
                    }
                    subflow_aaa_plan_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '2a981ed86b004858b552078d89c6f9c9'
                    }
                    subflow_aaa_plan_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'e200d8934fc54eb591f117d5f7ee60e7'
                    }
                    subflow_aaa_plan_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: '4db2259670c64cdabe26d8717f889b19'
                    }
                    subflow_aaa_plan_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'a43ab067781c44cbbf6f791b26a88e65'
                    }
                    subflow_aaa_record: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'f225c919037d42ec8a9b31b4ae08ad97'
                    }
                    subflow_aaa_record_grant: {
                        table: 'sys_hub_action_instance_v2'
                        id: '4725d6b5c617439cb64002f8357e586c'
                    }
                    subflow_aaa_rejected_close: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'e762164da9d34b22bb48a9ce7b50567b'
                    }
                    subflow_aaa_rejected_close_1: {
                        table: 'sys_hub_action_instance_v2'
                        id: '874fb1969a6d48a4890c856038ad0a97'
                    }
                    subflow_aaa_rejected_close_2: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'e3656a9440d1423d9777dee2854c9d24'
                    }
                    subflow_aaa_rejected_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'd6ecb2707b9648bfb53e27ecd8b74374'
                    }
                    subflow_aaa_rejected_end_1: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '326c0ec8734649d490b01760823555a9'
                    }
                    subflow_aaa_rejected_end_2: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '5b5809dafbfb4dbfa4447c8315448235'
                    }
                    subflow_aaa_rejection_note_1: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'fad9b8f3d36d4ac8aafb674acdbfcbf6'
                    }
                    subflow_aaa_rejection_note_2: {
                        table: 'sys_hub_action_instance_v2'
                        id: '0077484761ff418b94d20543f20624a7'
                    }
                    subflow_aaa_track: {
                        table: 'sys_hub_action_instance_v2'
                        id: '95e0a729282e47c59b07091450e003b1'
                    }
                    subflow_access_approve_apply: {
                        table: 'sys_hub_flow'
                        id: 'b1b55597d9474aabbdf7ad65f7ee8918'
                    }
                    subflow_paa_approval: {
                        table: 'sys_hub_action_instance_v2'
                        id: '7d46b9fbc1e94f169f04fc1d1a90b988'
                    }
                    subflow_paa_build: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'a57c380bd98c430f8427fbc7502a13e5'
                    }
                    subflow_paa_close_complete: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'ad9edba23a2c41f6854330a1bf0556db'
                    }
                    subflow_paa_close_skipped: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'eecdfc32f5e04ecbbb70667f1e22f493'
                    }
                    subflow_paa_if_approval: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '1977bfc0d6ec4367aaed4659eeba3b7d'
                    }
                    subflow_paa_if_invalid: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '29e2b23bee86421c9401cdd61141e82c'
                    }
                    subflow_paa_if_invoke_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'a24f83f342ae4e1b9e2a632e15b20c07'
                    }
                    subflow_paa_if_not_approved: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'f3d3ee1df9c14d88bec04e6d6a4bfcc9'
                    }
                    subflow_paa_if_pending: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '2749ce70129b4c4b8ca1b85cd4878a94'
                    }
                    subflow_paa_if_plan_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '472af7d5c4ea428784e4936c79a39a80'
                    }
                    subflow_paa_if_skipped: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '8e4b72c2eb784a3fa0eb8980f110312c'
                    }
                    subflow_paa_if_succeeded: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'adf4a3bd9c0040d690548e4f463e5fde'
                    }
                    subflow_paa_invalid_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'b5a835fb7e6a45dc97466257273b71de'
                    }
                    subflow_paa_invalid_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '5fdfba11e7534423bbd757ba8c409eb9'
                    }
                    subflow_paa_invalid_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'f3de4a67979444b3bc2d310d778b5247'
                    }
                    subflow_paa_invoke: {
                        table: 'sys_hub_action_instance_v2'
                        id: '82b6436bfe4c49fba3a611942b7786cd'
                    }
                    subflow_paa_invoke_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '4f3e528642af4b93a4b089807e088b08'
                    }
                    subflow_paa_invoke_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '5f306245f4d741408fe520bc770ba292'
                    }
                    subflow_paa_invoke_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'c0379436794240cdb794600070e65ac7'
                    }
                    subflow_paa_pending_wait: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'd58bf2702c0d458783366aeb35f23c42'
                    }
                    subflow_paa_plan: {
                        table: 'sys_hub_action_instance_v2'
                        id: '34f39bd8c52e4ec48ac0f9ee4ab0640d'
                    }
                    subflow_paa_plan_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '21a3bc2466cb4790afe99d8060179582'
                    }
                    subflow_paa_plan_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '50b48013974d4471bd5e85673011cf2e'
                    }
                    subflow_paa_plan_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'e40cab13cea142cc88a52cc0a929e566'
                    }
                    subflow_paa_plan_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '6c615bb4124e4a658657b6f4262da795'
                    }
                    subflow_paa_record: {
                        table: 'sys_hub_action_instance_v2'
                        id: '00cf1e041072490b87c751a8d33a9945'
                    }
                    subflow_paa_rejected_close: {
                        table: 'sys_hub_action_instance_v2'
                        id: '141fb56dfcec419791c4a86b8d7a21e5'
                    }
                    subflow_paa_rejected_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '69cf2a76c54b4ca1b430ee5177f9b902'
                    }
                    subflow_paa_track: {
                        table: 'sys_hub_action_instance_v2'
                        id: '5104c09dec7a4374899325beabe42523'
                    }
                    subflow_plan_approve_apply: {
                        table: 'sys_hub_flow'
                        id: '3ddc307f1c2648f287fdd9a62878bc1f'
                    }
                    ui_action_approve_okta_onboarding: {
                        table: 'sys_ui_action'
                        id: '20d8e232d5cb48e5ae79ba950f9f8369'
                    }
                    ui_action_reject_okta_onboarding: {
                        table: 'sys_ui_action'
                        id: 'd1fdcb8d9f144e76926f6800e1ff5fd9'
                    }
                    ui_action_retry_in_okta: {
                        table: 'sys_ui_action'
                        id: '0959cf27e3024a67a45246b5b9b33b81'
                    }
                    ui_policy_account_help_sessions: {
                        table: 'catalog_ui_policy'
                        id: '89fe2b56652943dcb4560007a5ba4c17'
                    }
                    ui_policy_request_access_direct_report: {
                        table: 'catalog_ui_policy'
                        id: '91262ff0b1c047d496b11233e17527ab'
                    }
                    user_criteria_help_desk: {
                        table: 'user_criteria'
                        id: 'a7b68b5ecc994cb480423d47fb7b0848'
                    }
                    variable_set_justification: {
                        table: 'item_option_new_set'
                        id: 'b566756110cf4b11b4c7ae2bb12dd4e8'
                    }
                    variable_set_okta_user: {
                        table: 'item_option_new_set'
                        id: 'c43b80d6857f4a26bec1bc4f96f207ab'
                    }
                }
                composite: [
                    {
                        table: 'sys_documentation'
                        id: '001674470a734848a373be19bab46a04'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'visible_to_roles'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '002c8d8242fb4a22a795d6a93bdee7d5'
                        key: {
                            document_key: '24fdb50d6ab7448a968ff3a8de0b837f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '00d019c4e7af4b4bb642082ab58def83'
                        key: {
                            name: 'var__m_sys_hub_action_input_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'flow'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0157bdb4736f40b78a52e613486a2fea'
                        key: {
                            document_key: '739809e785bc446e903baeb3c4a41abd'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '017f18b0072b4637afbb450b3c4d8580'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'plan_text'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '019b4e3b629646f7add553939273a81e'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'help_desk_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '019be78fc0684e31bb48d177a8e42df3'
                        key: {
                            document_key: 'f0e740e9348f4041be50afa51fb799a8'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '01af6bd0c8d94c11a665f6643b20e7da'
                        key: {
                            name: 'var__m_sys_hub_action_output_6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: 'note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '01c4021624534e1f993c568d8fc18f68'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '01f3c86552644c0c97741453a916c67d'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'execution_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '02305c3314b043b2af6953be2dd0b9ee'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '023172d8d2b644779e3f7c49acfeaf77'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'a59326cef8be4df5b693dd993fef51cd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '02aa9819d3fd4761a946cea2e0430962'
                        key: {
                            sys_security_acl: '12c6088c6f354756acf5b2614e4b7be4'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02e5e546c38d46759e6b35592ba31d2a'
                        key: {
                            document_key: '7287fd2a1f6f4a8e84cff0114b95033f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0361ace6afb747858f22725e5993adfd'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '037d1c113ffd4c569066411e83fbca5a'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'output'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0397721dd1e344bdb031f2d78a7c6b93'
                        key: {
                            document_key: '19a015e5df074f1a953cc384e5023617'
                            variable: 'b3dba2465320220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '03bbfbc1ff7245f1974b7e32cad21f02'
                        key: {
                            document_key: 'bba05384815141a5b3a1a71f28ee479e'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '040826286e1444f8acc6d424523317b0'
                        key: {
                            sc_cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            user_criteria: 'a7b68b5ecc994cb480423d47fb7b0848'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '050419f0241e422582955329f0ea3e51'
                        key: {
                            field: 'error'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '05174bdea31a4236ab84ee22a6b3019b'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05610356a337420382ac10f3e0a78888'
                        key: {
                            document_key: 'cfe8713ba52e4ee1a71b91b2119228ef'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '05a5c8afe7f5429086d5d52f9c83b909'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '05b79840d90d4ff3a653e9f120346292'
                        key: {
                            name: 'var__m_sys_hub_action_input_fc8336888f1f4222bdf0551befddcb0e'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05d6197174fa4f088cbb5acc8bdc4169'
                        key: {
                            document_key: '60cf244b90e747c59a139c18111e4d09'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0668b542bf4749e1a1c866c6251b1401'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'idempotency_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '0695ec1d46d6493e9f19cd86a6211b46'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06a37feeaa5543df97256c482463af70'
                        key: {
                            document_key: 'c6483ddbca9345fb9190d27c2d3975a3'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06e959aa10b94787b33b6282b284a095'
                        key: {
                            document_key: 'e5e3f06457eb4e378a04f8cbb58693e3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0721aa41bdee4a48b04464e2791c63d2'
                        key: {
                            document_key: '3ad72bcafaef44e6b8c1fcb9e1dd33a8'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07a91febe8e24816b87f9735592e7781'
                        key: {
                            document_key: '203bb0c8ccd44ec5a71749c5ddc6dace'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '07f99c701922482797a5c6fc7f244df0'
                        key: {
                            name: 'var__m_sys_hub_action_input_f013786c19094364a7b5b0d6a9293825'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07fcd4df50e74bd6b90e7bc636594f01'
                        key: {
                            document_key: '8348ee847396471eb29b35f37c33d15e'
                            variable: '51547e3953212110248dddeeff7b126b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08896304a1a04aed999b7426c9076978'
                        key: {
                            document_key: 'c6483ddbca9345fb9190d27c2d3975a3'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '08d4cf570887466cb00a4b42c0b45a92'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '08f114dff0fa486da1327a61852342f2'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '091e3552c0ff4749ba739ac4a6917c8d'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'approver_1'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '096324221d754dd49ee89da7fcbf0b81'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'approver_user'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09c80b1c9aed4e0c8c1422239e3f35e8'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'decision'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '09f8470ba9b94d2081f2d61b931dac3e'
                        key: {
                            field: 'idempotency_key'
                            table: 'var__m_sys_hub_step_ext_input_34f9418babdb414fa9ecd3212f40d1ad'
                            id: '34f9418babdb414fa9ecd3212f40d1ad'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a599a6e51434648b3de649d1a46fcaa'
                        key: {
                            document_key: '7f887ae133f34d5690df46b8a2afcd5b'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '0a836345141b4dcfa7600e54cd5bf248'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'okta_login'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0aac9d777b944fddb3d5cde0f331f3d1'
                        key: {
                            name: 'var__m_sys_hub_action_output_73d508d01c82439993c595d059662103'
                            element: 'tracked'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ad391863d634123a9079d82a64be3a8'
                        key: {
                            document_key: '5821dd9b828146948edb1ca76f8f60b1'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0ae7ab0008ce40908c31c1a5f5926c72'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '0b5dfdaece8a4e53a629ab06d4319daa'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0b7bfa4c53994ae385116fc9adab229b'
                        key: {
                            sys_security_acl: 'e8fa7063180342989ef92f53c76c0d76'
                            sys_user_role: {
                                id: 'ad0de9e1f27046c4a5520e7c0114579d'
                                key: {
                                    name: 'x_okta_jml.onboarding_approver'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0b86ad3095674a8f9da604ec4f9a869a'
                        key: {
                            sys_security_acl: '711d04a58a0b449e91865a367e685e79'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b952a9780ad48f39f68c4537c49973b'
                        key: {
                            document_key: '739809e785bc446e903baeb3c4a41abd'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0b99c2713568445b9a92521479410d85'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'comment'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0ba6ae9692c540218c81140b93b8b44e'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'requested_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ba8c95fe279473bac30cb6558be3e4e'
                        key: {
                            document_key: '456acd6b05444f9a8af304364f37f742'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c32a32bc83d48738a8686afbb99bff5'
                        key: {
                            document_key: '351f903ca2594802963e071653a5da35'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c5a5db6ad184c349bae75b594044c17'
                        key: {
                            document_key: '614d4c199dc9460d8cbc185975ecbf01'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c87a163549547dca638ef931508d28d'
                        key: {
                            document_key: '487519a77876402d953fe3c44aeadfdf'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c97ad1c8daa40289eb819259b69edc9'
                        key: {
                            document_key: '17355167788e4777a556707c13956e31'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cc1f02d9a664f62bec0bab13bcab4bc'
                        key: {
                            document_key: '739809e785bc446e903baeb3c4a41abd'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0d1cc4c901bd4145ac117382673541bd'
                        key: {
                            sys_security_acl: '9798fae1403e4b3aa156195a5cd018d4'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d243172f3024b36b5ddb96fa268f255'
                        key: {
                            document_key: '3946b4c73dff40118e80671cb2eb851e'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0d5a78b19c224f88b1267faecc0827bb'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'seq'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0e4ef759f5974a138cb028ff2901ac0e'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0e9e6bb57e1e40a9ab27cbe796cfd824'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'plan_hash'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ebfb3bc46924a6baf333a350548d4a0'
                        key: {
                            document_key: 'b2f6ce9f00514d61a5ada3a5e084e996'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0f28c4157fa0481e8e6ef30b8a5b5df4'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_category'
                        id: '0f5682ab93134954a7dd80b769054f77'
                        key: {
                            sc_cat_item: 'c566636203a34fd1af91af22034df277'
                            sc_category: 'fea38101f61e4a60be3c0442226bc2b1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f7f91708f714cf5bcc5b99280524a2f'
                        key: {
                            document_key: '12a26fd869074f3a9657c34e099b561a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '100ad72aac42435a8e541e522d732314'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'groups'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '101f7cbc558648c1a5a64e3d03b9a9d0'
                        key: {
                            document_key: '988dfc837e0745b2b1a873d7dcdecc8c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '102faf2aa3c04aae9afee3004fd688ba'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'justification'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '10524366274f4411a4942324d48e5d51'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '106ecd34390b44dc92cc5647ade4ab25'
                        key: {
                            document_key: '7f887ae133f34d5690df46b8a2afcd5b'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'question_choice'
                        id: '11455103776f4476b9f19c7af5707403'
                        key: {
                            question: {
                                id: 'f032722d34b3497a88ded089510d6059'
                                key: {
                                    cat_item: 'c566636203a34fd1af91af22034df277'
                                    variable_set: 'NULL'
                                    name: 'access_for'
                                }
                            }
                            value: 'myself'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1164172f829f46d8bb17066bd58d9356'
                        key: {
                            document_key: 'a1a80b806fd44923b773ed2fe8d6a0b0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '11b621409bbd41eeb858b6f66a8e7771'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '11cd562b430a4b19aaee6bef9bf4096c'
                        key: {
                            model: '121bb81370f14534bac0163f14f00b5d'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '11f9191fe34f442fa9bc3ea64f08fc3c'
                        key: {
                            field: 'output'
                            table: 'var__m_sys_hub_step_ext_input_39c2a7c13df5451d8365a515cb7179ef'
                            id: '39c2a7c13df5451d8365a515cb7179ef'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11fad4c78e0d45ebb098b504a45a3eda'
                        key: {
                            document_key: '505a666bedfe46a4baff58e970a42606'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1203e0bff15b4085a11961b44da6912c'
                        key: {
                            document_key: 'a96c67b4e0dd42c9a8145978f99d21b2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1235a2ede02b43b3a4b09cfb0b9ce710'
                        key: {
                            document_key: 'ec3762dd060f403d873b8e57c696170e'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '12965a7d5b3d497a80cddfdbc4f0d3e1'
                        key: {
                            field: 'flow'
                            table: 'var__m_sys_hub_step_ext_input_ec3762dd060f403d873b8e57c696170e'
                            id: 'ec3762dd060f403d873b8e57c696170e'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '12adea9354894f5598de28280d59b385'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '12ba84e0cb314772b5fc7745d4bdfbea'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '136fef65ed5f499190b2ad46b0d58a21'
                        key: {
                            model: '8ed584cbf3f1488f916978b48e095c20'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '140f9ca5c4704946b76cf60f579dee69'
                        key: {
                            document_key: '24fdb50d6ab7448a968ff3a8de0b837f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '14370fedf83a4d86adf09efa3d715885'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1453a1edc9cb4b97aa71f4c455c70c0a'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'max_duration_days'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1463da580a8e433ba9d44ccfc57376dd'
                        key: {
                            document_key: 'ee7af9598a5b4fbb83de0bde69f9db7c'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'question_choice'
                        id: '149a64e673b4408b8935ca439ab5e32d'
                        key: {
                            question: {
                                id: 'f032722d34b3497a88ded089510d6059'
                                key: {
                                    cat_item: 'c566636203a34fd1af91af22034df277'
                                    variable_set: 'NULL'
                                    name: 'access_for'
                                }
                            }
                            value: 'direct_report'
                        }
                    },
                    {
                        table: 'question_choice'
                        id: '14ca0c89a1f540b689625ed056637f9c'
                        key: {
                            question: {
                                id: '70988413619945a9823676183c300674'
                                key: {
                                    cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                                    variable_set: 'NULL'
                                    name: 'help_action'
                                }
                            }
                            value: 'revoke_sessions'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '14ca472a9d534b93a5fefd401709a5a8'
                        key: {
                            name: 'var__m_sys_hub_flow_input_b1b55597d9474aabbdf7ad65f7ee8918'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '14df9ff8528e4ecca1f230635e7fdf74'
                        key: {
                            name: 'var__m_sys_hub_action_input_9ff1de5892024ea6a762f7dfc729a98e'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'par_dashboard_visibility'
                        id: '14e68b666f044f6ca3b995fe09f30467'
                        key: {
                            dashboard: 'd03a9e4f2e654d97956a7914994e309b'
                            experience: '08c73d60537101100834ddeeff7b1287'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '14f3af7a26e04c06acbf97a67f301488'
                        key: {
                            name: 'var__m_sys_hub_action_output_fc8336888f1f4222bdf0551befddcb0e'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1504b2dd334c425d9897523de4bfecba'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '1546d9bab2f74d178f4b7abe5bad3e60'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'approver_group'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1547cdd62c4b44ab99463c7d40b5cae9'
                        key: {
                            sys_security_acl: '628a97dff93d4c3daf254224692dcda5'
                            sys_user_role: {
                                id: '74f4e025901b4508a33c30ce730cec20'
                                key: {
                                    name: 'x_okta_jml.approver'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1582a16f5bf34e528f29400fc9956a93'
                        key: {
                            document_key: 'e2ea868b7d51406285c3be31f8377fff'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1588582930bb425b8ec9990c1766614b'
                        key: {
                            document_key: '85e4723cc2f945fba52482f6e1a96d5e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '159baf4c1dfb4f298f07941d27cb82e6'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16546a4f7a81499090d50b4ab86e1e71'
                        key: {
                            document_key: '973ca014fc6b4bb586bef63f879b7695'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '169bc19339dc49499cc15c17f58a798b'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '16a4ac64f4dc4f54b6bd45560064c82a'
                        key: {
                            model: '39c2a7c13df5451d8365a515cb7179ef'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16c3811680e3482bac9d239aec01b2cd'
                        key: {
                            document_key: '58648a6c4a4e4a229e1ef5e3660cb4e7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '16c4b16858c84adfb4115e93022c5bc2'
                        key: {
                            field: 'flow'
                            table: 'var__m_sys_hub_step_ext_input_39c2a7c13df5451d8365a515cb7179ef'
                            id: '39c2a7c13df5451d8365a515cb7179ef'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '172962c176aa45bfa9291319b5abae3d'
                        key: {
                            document_key: '203bb0c8ccd44ec5a71749c5ddc6dace'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '174d8ffcf08e4253ab498fb724974f00'
                        key: {
                            document_key: 'f50bf30f94c9459b8b4f2b5b88417d96'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '176524cb00fa441a934ba57657d07fcb'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'requestable'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '178af1ffd15a4ee4b326d43d679501a1'
                        key: {
                            document_key: 'e5d5f8c2bcba44b2a6144e660e149c66'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '179840f329484cf8a5daf28d0ec92031'
                        key: {
                            document_key: '3946b4c73dff40118e80671cb2eb851e'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '179c5392228e4df2ab9e2a09329c5186'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '17b6e9eaa98a4c03a1cda8b27a8d03c5'
                        key: {
                            field: 'output'
                            table: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            id: '169b50d5ef0a456fa5d120b3c95baa9c'
                        }
                    },
                    {
                        table: 'sys_hub_status_condition'
                        id: '17c0632e913c4853801515355e28aaec'
                        key: {
                            action_status_metadata_id: 'bf31fb9c535d46319ba300be3213eaa2'
                            order: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '184670f350aa4361bdc22f39a5ac4072'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'approval_levels'
                            value: 'manager_then_owner'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1893243c38694d0998b38f332a7702bf'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '18985142151f4fe09f4e0dcfc7ae09c3'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'e8d464d326af4889b351e2e1abb05622'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '19c5093015ae47688c724b82023a94e7'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'approval_levels'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_status_metadata'
                        id: '1a3f1805e693406b881698851c0c4c30'
                        key: {
                            action_type_id: '169b50d5ef0a456fa5d120b3c95baa9c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a5da8944a884f9f9595d24c0e2bf1d2'
                        key: {
                            document_key: '4e09d5fd909a454693f08afc90fb1452'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a6bf0346c03458396add579c44b8d11'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'flow'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '1aa1132ee9f64f2cbfeb6577016c4668'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1ad4908bbd514d3dabe779435f8b9043'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b037c0a005b48e7b1e5a883337b91cf'
                        key: {
                            document_key: '203bb0c8ccd44ec5a71749c5ddc6dace'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1b188802567d499fb9c24218359662dd'
                        key: {
                            field: 'payload'
                            table: 'var__m_sys_hub_step_ext_input_ec3762dd060f403d873b8e57c696170e'
                            id: 'ec3762dd060f403d873b8e57c696170e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b74d745077f4d1e965f746037ee7c63'
                        key: {
                            document_key: '1040a7e6545c4750bb1cf8ad521abdb0'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '1badb2afe96d41ab9c9fc1cb83a768ef'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c120edf6ea847f3b99563068274a084'
                        key: {
                            document_key: '1040a7e6545c4750bb1cf8ad521abdb0'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c2e11bad294489f8097bc90bd6d63d9'
                        key: {
                            document_key: 'e5d5f8c2bcba44b2a6144e660e149c66'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1c8c32dde6e24e4e91eca21d1ede7f1e'
                        key: {
                            field: 'payload'
                            table: 'var__m_sys_hub_step_ext_input_121bb81370f14534bac0163f14f00b5d'
                            id: '121bb81370f14534bac0163f14f00b5d'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '1ca4160e4c9647fdbc5b88d5df2ff1b9'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1d53ad64e7084c808e4f84face5b0457'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1d93b833d1d441b49e2c360eeaa82765'
                        key: {
                            document_key: 'ea1b9e7005ce4024a9d60bc5bdfdcf61'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '1dc31fac951b4d13890caa4571c9f8e3'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1dd357467d3f4cf59a7d760b3e5e20c8'
                        key: {
                            document_key: 'f74785375c4849f985f1688eb7a08e19'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1dd8c928702d4996b41d45626783d559'
                        key: {
                            document_key: '55d2f30413264f0cbe9b3d20aab85576'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: '1df0b4db2ef64411b1bb43a382181e04'
                        key: {
                            sc_cat_item: 'c566636203a34fd1af91af22034df277'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '1e06850026ef482c9bd24a93ab5ff1a4'
                        key: {
                            name: 'x_okta_jml_access_grant'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1e3d6652a9974c2294c33c3fc37e421e'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '1e443a3ebb574f8bba1bddf937e39532'
                        key: {
                            model: '9ff1de5892024ea6a762f7dfc729a98e'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1ecc2ac44c9f4832b66bd8685add9797'
                        key: {
                            field: 'approver_user'
                            table: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            id: '7700817e2a424f51b33fac0f1f82ee88'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1ecf728d2e374634b5c6b461f5482bb9'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ee87503bc3a4969a934c2ac71a8cfc3'
                        key: {
                            document_key: '4fd5ec8ec39441fc85ef32117b933240'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '1efdbeccafc04c31b37beaa08a48c243'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'location'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1f00487a02d542869e051a6216041873'
                        key: {
                            sys_security_acl: '2adaf62ea1e3475b97dd8e396158571b'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1f5752f16cad461b9d34af9fe697e378'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1f5c1946414e49d48d61701b52ff7657'
                        key: {
                            model: '39c2a7c13df5451d8365a515cb7179ef'
                            element: 'recorded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1fef95841bc14846890f11b359403088'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '200a76f0d9c347f5909c5ede5368adf6'
                        key: {
                            sys_security_acl: 'b524e5d85fd84f08a6b8a5ca9866fc3e'
                            sys_user_role: {
                                id: '74f4e025901b4508a33c30ce730cec20'
                                key: {
                                    name: 'x_okta_jml.approver'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '203709024abd4962af6d7d7f50cc8ffb'
                        key: {
                            document_key: '24fdb50d6ab7448a968ff3a8de0b837f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '203907abc9c1461e94ccf5f93cf3809b'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '203ccdb786444497a6d7e1095c4ce392'
                        key: {
                            field: 'ticket'
                            table: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            id: '7700817e2a424f51b33fac0f1f82ee88'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2075ca3913cb4a6aa1d983f6ab7f61ca'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'decision'
                            value: 'rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20aff71067094288bff44d1cdb4c993e'
                        key: {
                            document_key: 'bba05384815141a5b3a1a71f28ee479e'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20c46d86e1ac4390ad25f034b41495a7'
                        key: {
                            document_key: 'a96c67b4e0dd42c9a8145978f99d21b2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '210ffb00f36e48d98e60863f8a674ee2'
                        key: {
                            document_key: 'dc5f27d7a25d475e8bf747dbef9f364b'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '212cff72b4af4c4a87f9c2ac42ba91c2'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '212ded82ec8c408b9fe95887b081f4b3'
                        key: {
                            field: 'plan_hash'
                            table: 'var__m_sys_hub_step_ext_input_34f9418babdb414fa9ecd3212f40d1ad'
                            id: '34f9418babdb414fa9ecd3212f40d1ad'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: '213c224133e14bdca6efb10c9a69245a'
                        key: {
                            sc_cat_item: 'c01bad60a2f149cc99fedf1e382e5f2a'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '217d768856ec43a58d41d6ca424fc56a'
                        key: {
                            document_key: 'e1fb1bb11cd94dd38dde0f3b8a30ae4e'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '222921c414d044d78998457b957d887f'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'approval_levels'
                            value: 'manager'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '22e4f56f67034237944959a0c6a8e8bc'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'approver_2'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '235237a7f5934cae886340b7cf82e218'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'approval_required'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2374cc7bc2bd4e839bde36c086c7e497'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'c6483ddbca9345fb9190d27c2d3975a3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '23a7f083cd1a47c9b9f5ba08fd3b3119'
                        key: {
                            sys_security_acl: '890d4fccde4148b5acb26b126e7d4271'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2405f605f74d405f98540252eb0f9d0c'
                        key: {
                            field: 'execution_id'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '24174dbd2d314068bdadda51502dff68'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2514087dea2046219af1e1ee1927c8a5'
                        key: {
                            sys_security_acl: '3d5dfbd3651c415b92c6829a43f58030'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '261920321e874b628651ab5ccc74bee9'
                        key: {
                            document_key: 'b6a8ead53b014befab4d03f3115b027a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'question_choice'
                        id: '261cd5a1d09e4839afeeb2980f07cbb5'
                        key: {
                            question: {
                                id: '70988413619945a9823676183c300674'
                                key: {
                                    cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                                    variable_set: 'NULL'
                                    name: 'help_action'
                                }
                            }
                            value: 'reset_password'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '26500156a6c74c99aa8cfcab1c894dd0'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'rejection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26608b2894834df98503ba290b1316d8'
                        key: {
                            document_key: 'a1a80b806fd44923b773ed2fe8d6a0b0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26d13ca4773d475d925a11e7c568a781'
                        key: {
                            document_key: 'e5e3f06457eb4e378a04f8cbb58693e3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26fa15758d284ab394c8e9b1d84021af'
                        key: {
                            document_key: '8348ee847396471eb29b35f37c33d15e'
                            variable: '7600f16353e0220002c6435723dc34d5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '270a73af07a44b36836da5df41c04686'
                        key: {
                            document_key: '3ad72bcafaef44e6b8c1fcb9e1dd33a8'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '27284c0b24e94f639d71a03d2cafa10b'
                        key: {
                            document_key: 'fc9257f75531468bb37dccd6b4c3d218'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '27900af69d4c4438b7a29a51d753bf82'
                        key: {
                            sys_ui_action: 'd1fdcb8d9f144e76926f6800e1ff5fd9'
                            sys_user_role: {
                                id: 'ad0de9e1f27046c4a5520e7c0114579d'
                                key: {
                                    name: 'x_okta_jml.onboarding_approver'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '27b6056294d94e939dfae24ebf425a61'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '282db8fd9896410aad91c26a13e94bc8'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'decided_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2843db93dbee4f558cf5b62f8e44d688'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '289aaeb0e8a44d60984d65dc1c7215e1'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '86453d8f8359409295bcadca2a57b6ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '295eb21befdf4be58db4b443ff771b12'
                        key: {
                            document_key: '739809e785bc446e903baeb3c4a41abd'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2963e3e9d9ac4c16b8b78d43395ff970'
                        key: {
                            field: 'kind'
                            table: 'var__m_sys_hub_step_ext_input_456acd6b05444f9a8af304364f37f742'
                            id: '456acd6b05444f9a8af304364f37f742'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '296f83d06f044b50b1edcf43191db577'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'pending_since'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '29864217a1354291ba195c66fb473201'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'type'
                            value: 'group'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '29bf8aa8895f42278ace022de4e3150e'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'preexisting'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '29c866f20dcf48bfb771d99ac3326609'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'extend_access'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2b65b84fbedc4954bea49041952183bb'
                        key: {
                            name: 'var__m_sys_hub_action_input_fc8336888f1f4222bdf0551befddcb0e'
                            element: 'output'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bccafd3b1164f959f8f53e369d7899a'
                        key: {
                            document_key: '49f51f1e182f43ee91bb84c76f152300'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2bd32e5e7c7f4a909795a85ff5ba4b7e'
                        key: {
                            model: '9ff1de5892024ea6a762f7dfc729a98e'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2bfd0cc6b28143dd9dc582a3210e7b6c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '3ad72bcafaef44e6b8c1fcb9e1dd33a8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2c13ad410e534f23b9076cddbacf31b8'
                        key: {
                            field: 'approver_group'
                            table: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            id: '7700817e2a424f51b33fac0f1f82ee88'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c1b806b63e04f1ca5bf40013e2e8e05'
                        key: {
                            document_key: 'fc9257f75531468bb37dccd6b4c3d218'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2cdb2237374d483880478211a735ce7a'
                        key: {
                            document_key: '00fc4096126a45cdbfde3ca86f342fa8'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2ce955cc63d64bfc8fbc450f1b1436ce'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'execution_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2d21738213134646b061019c1060d7a9'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'plan_hash'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2dc4152275ce4a9f971f43ff0638e7ba'
                        key: {
                            field: 'requested_item'
                            table: 'var__m_sys_hub_step_ext_input_8ed584cbf3f1488f916978b48e095c20'
                            id: '8ed584cbf3f1488f916978b48e095c20'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2e18816fda6249d882749508a78307a7'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'visible_to_departments'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2e38befea5364105a6362a95e44122d4'
                        key: {
                            field: 'rejection'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e4773de12124f7fa8f5b558250839f4'
                        key: {
                            document_key: '12a26fd869074f3a9657c34e099b561a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e86b370f166464ead7cc5b40297d8bc'
                        key: {
                            document_key: 'f0e740e9348f4041be50afa51fb799a8'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2eb71b3b34c74364b7cf850a797e3045'
                        key: {
                            document_key: '3946b4c73dff40118e80671cb2eb851e'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f0092e3d2984006b975f0bb3f0e0653'
                        key: {
                            document_key: '7a12fc0c151d484fb03754ffe1d4d43b'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f086eac17d5494389912565b3ba2e09'
                        key: {
                            document_key: '203bb0c8ccd44ec5a71749c5ddc6dace'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2f37ca862ab942c89e312f1e0dc1ea5d'
                        key: {
                            sys_security_acl: '587500e4ff0349138a11bfbb5f195727'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f55efd77a814e14b9136d4e7b842964'
                        key: {
                            document_key: '505a666bedfe46a4baff58e970a42606'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ff45fd4deac4fe284db8e69142110aa'
                        key: {
                            document_key: '8b3e5345746643379f3ab0c4bd4e12a8'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2ffe794f126341d490d0b4493f8ea2c0'
                        key: {
                            sys_security_acl: '6ed0c54e4d2c4b3e8b004bfad09dcb04'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3074f5b9d6554ae1a83b58fa155ad5b9'
                        key: {
                            name: 'var__m_sys_hub_action_input_f013786c19094364a7b5b0d6a9293825'
                            element: 'plan_hash'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '310ee5dc0ba54d789c2e24c038f9b626'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3119dae0b478430393bd69733589caf3'
                        key: {
                            field: 'plan_hash'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31304832449047a6adf996824a81639d'
                        key: {
                            document_key: '4fd5ec8ec39441fc85ef32117b933240'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '318ea11c700447419fad558cc9eff71f'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '31a59dc743314e70a2de25cc795b512c'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'outcome'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '31a769947a004ec6a8707877ae5795e3'
                        key: {
                            model: '6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '31ee9d7157bd45919bcfebbb57da404e'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'hash'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '320c720361884f0fbb8f8e52219fd589'
                        key: {
                            document_key: 'eafa10c2fa2a4c9c9c8e4847884dc2f2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'par_dashboard_permission'
                        id: '3264dce076e948f3a3202d411d60c2bd'
                        key: {
                            dashboard: 'd03a9e4f2e654d97956a7914994e309b'
                            user: 'NULL'
                            group: 'NULL'
                            role: {
                                id: 'a3d1f5ad391248e1a01088c5610b90da'
                                key: {
                                    name: 'x_okta_jml.help_desk'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3271b8f3e9c543b8992c83fd37a20e75'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '32ade8e96a164f63a8adda11f4150015'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'approver_user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32b69aba6d1849e0853062daf49370dc'
                        key: {
                            document_key: '50fe888ec6b94dc9a6ea1b6823cb2b84'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '32c6d5faa8a7438baa3fb88f97197584'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: 'tracked'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '32d2284a7be94643ad7375bb1d98a6ce'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32fb331c1b5c4a05b18e8b6bc3f502bd'
                        key: {
                            document_key: '7287fd2a1f6f4a8e84cff0114b95033f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '332a9cc9d6c148c49c9ae17df6d2fd7b'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'approval_required'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '33330d57214e45a3af57f6fcbd383ba6'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '341ea6b3a83442c78241ece741fc10ee'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'decision'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3420f986c56d40c380d299495c99e6bb'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'type'
                            value: 'app'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '342295d18d8e4f888a4ea333061c27ab'
                        key: {
                            document_key: '50fe888ec6b94dc9a6ea1b6823cb2b84'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '349072969623439eb9021e7202e7db70'
                        key: {
                            sc_cat_item: '06d221874b894a63ab236483dab53273'
                            user_criteria: 'a7b68b5ecc994cb480423d47fb7b0848'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '34b220cfed904175b23459fc7b97187a'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '34f7813dd30746ad81172178dc6f419d'
                        key: {
                            document_key: '24fdb50d6ab7448a968ff3a8de0b837f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3505db6d957e4a39bf75d83b2c941e1e'
                        key: {
                            document_key: 'fc9257f75531468bb37dccd6b4c3d218'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3567dd151485432f9e2dea9943fb348f'
                        key: {
                            document_key: '17355167788e4777a556707c13956e31'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '356cf5c32cd6418d91ebb3032aa9b557'
                        key: {
                            document_key: '19a015e5df074f1a953cc384e5023617'
                            variable: '946f3c1a0f23330072e6452bc4767eda'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '358973724f734288b09308f5282d28a6'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'plan_hash'
                        }
                    },
                    {
                        table: 'sys_hub_flow_input'
                        id: '3595eb1dae0d46d88f510df5586f3e9f'
                        key: {
                            model: 'b1b55597d9474aabbdf7ad65f7ee8918'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '35b5f5fe8a0f4be4a40a87ca53f3a6b4'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '361c121567f24f2baf685217f7055328'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '36626737303548bf8c76d2ee2a7ee381'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '366fd90c518243c4a658f496989810ec'
                        key: {
                            document_key: 'cfa0f6f0176641e3ae74854b096fe955'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '36940a12e4f8451da6cd05ad0d2c70cb'
                        key: {
                            sys_security_acl: '8ca087e07bc2431ba563f78cb5ed9bee'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '36d635e65098474f9c3a33dd01d406b9'
                        key: {
                            document_key: '7287fd2a1f6f4a8e84cff0114b95033f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3700c46ecd2d418da26ab4ea7a9f1e91'
                        key: {
                            field: 'ticket'
                            table: 'var__m_sys_hub_step_ext_input_ec3762dd060f403d873b8e57c696170e'
                            id: 'ec3762dd060f403d873b8e57c696170e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '376bb8d71ffa4005aa16ca852f2bb986'
                        key: {
                            document_key: '487519a77876402d953fe3c44aeadfdf'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '378d7f5019fb4f62b539aee8354c2704'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'output'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37c0015df8924df8a05260f1e8727dab'
                        key: {
                            document_key: '4fc905d1240d4e649bf7db6167edceaa'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '381b20b88da347b3b9c4afd59b61e994'
                        key: {
                            document_key: 'b20f5335b06648ad81475b038cf7ca01'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: '3894bbd2386d453aa5d4ad45b9cb2e36'
                        key: {
                            sc_cat_item: '06d221874b894a63ab236483dab53273'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '38f52a1479c64653846fa907af5b6fee'
                        key: {
                            sys_security_acl: '7732bc4f9ffd4f76bd12768950a86bdb'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '391b5c8dcf22488e930cd90052c94c75'
                        key: {
                            sys_security_acl: 'a133e85898be4b9683f9df9d40a3e226'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '395fe4db90294c01a56d0ff91de1acb2'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3960b2afe94845e9ae6759e995b8bda0'
                        key: {
                            document_key: 'f50bf30f94c9459b8b4f2b5b88417d96'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '39c520b0ea2f4d0996b4caa21862eb61'
                        key: {
                            field: 'idempotency_key'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3a02164ea96b4bb88291c081d46ddd87'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'target'
                        }
                    },
                    {
                        table: 'par_dashboard_permission'
                        id: '3a3da9472c2f4c0fbef1f90778a99262'
                        key: {
                            dashboard: 'd03a9e4f2e654d97956a7914994e309b'
                            user: 'NULL'
                            group: 'NULL'
                            role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3afca3214926426e9297ca57d4a84c69'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'plan_hash'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b9728198a5d45d5b7dc0b3277cdbeb8'
                        key: {
                            document_key: '845089bb09204d379373acc067439488'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3bac655dd1934db9b6e2136ad41934bf'
                        key: {
                            name: 'var__m_sys_hub_action_output_9ff1de5892024ea6a762f7dfc729a98e'
                            element: 'close_note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3bdff329b308433a93654e50858e7b8d'
                        key: {
                            sys_security_acl: '930855ebfbc54e8e96270aca7c342a6b'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3bfcff4751a24d78b5ba22e77d956355'
                        key: {
                            document_key: 'ec3762dd060f403d873b8e57c696170e'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3bfd5321024745758f8282c6235147bb'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'comment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: '3cbea0e3fafb4bfc942ab15df4e9fe7c'
                        key: {
                            id: 'x_okta_jml_my_access'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3dce26c55a184c6a947fe494d9de34e4'
                        key: {
                            document_key: 'cfe8713ba52e4ee1a71b91b2119228ef'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '3e598f4be4e24dc881a760693c675b50'
                        key: {
                            model: '6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: 'level'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e5b97fa72e547b3aadef1263c14d06d'
                        key: {
                            document_key: 'f74785375c4849f985f1688eb7a08e19'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3ecf5943452d45dfaade012ee5651f5b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: 'dc5f27d7a25d475e8bf747dbef9f364b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3eddc8fbe1694abb9417c03c727e2565'
                        key: {
                            document_key: '203bb0c8ccd44ec5a71749c5ddc6dace'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3f411b6a055a4cfdaf7bb2caba9db46a'
                        key: {
                            field: 'error'
                            table: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            id: '7700817e2a424f51b33fac0f1f82ee88'
                        }
                    },
                    {
                        table: 'par_dashboard_canvas'
                        id: '3f616e931275444abd432332b53e258b'
                        key: {
                            dashboard: 'd03a9e4f2e654d97956a7914994e309b'
                            dashboard_tab: '3796dcb337fc4c1f8375d0ab53135de7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f6f1fc0a67d440e9e797e61fccf4e43'
                        key: {
                            document_key: '9500c72e7fc04542931e73eadf1ef671'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '3f905336a534441798b67509ead721ef'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'error'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '3fdf6efc47ea4e9887c8fe54fc9c667b'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'title'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4101b2dd0c42439ea95c92f33c7835a7'
                        key: {
                            sys_security_acl: '0654e9e99af54e33a9392a673e0bbc5c'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '41a0877f43cd4344a44a05e4a795731b'
                        key: {
                            model: '121bb81370f14534bac0163f14f00b5d'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '41c86ea6cf764051a532feecb6b6c925'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41fcc63bc221481a90bb407277d9efb3'
                        key: {
                            document_key: '574963c9aafd4471976833cf20e9bf0e'
                            variable: '334ea2f153212110248dddeeff7b1255'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4207c1ab361f499b8b1fe566410dbbd1'
                        key: {
                            document_key: 'f74785375c4849f985f1688eb7a08e19'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '421ba12918e2466ba1220b85d3a3b176'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '42c3731a1b04481fb497fe6554bb496f'
                        key: {
                            document_key: '8421a55e235d478fa79cd8767d5457d7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '434b6ca2499b4210bc6587136898470e'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'okta_id'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '4360a0ee697749f7aab7c8c707857503'
                        key: {
                            name: 'x_okta_jml.admin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43a8947cc6984c1697c58cd5dcf1c3cc'
                        key: {
                            document_key: 'fc9257f75531468bb37dccd6b4c3d218'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43cf07b085bc46fb9055af67d8cd7dd7'
                        key: {
                            document_key: '17355167788e4777a556707c13956e31'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '44691bfdbb684962be0e450190804c67'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4494e89949ba49fa8652e05d215764a5'
                        key: {
                            document_key: 'bba05384815141a5b3a1a71f28ee479e'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44a08fb873dd4f81b32b642c499116bf'
                        key: {
                            document_key: '8ed584cbf3f1488f916978b48e095c20'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '45076e77d4464d3c99bd65f29d92b859'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '458afe363e044c6e8c217b8479f860a0'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '45a1caf11fb146d18baf2288c4dadd6a'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '462c7bdb0a7949348438cfcdb3f8363e'
                        key: {
                            document_key: '85e4723cc2f945fba52482f6e1a96d5e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4633f5a6a2184fe9a01cfcd8791d599f'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'idempotency_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '463e521bbc024c5885086924c13f9fb9'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4643a3a03f5346a6af1830684610a034'
                        key: {
                            document_key: '487519a77876402d953fe3c44aeadfdf'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '46513aafa88946a3b7bf1b2f968649e1'
                        key: {
                            field: 'payload'
                            table: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            id: '7700817e2a424f51b33fac0f1f82ee88'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '468e2928da964eaf949eefa34a16a42f'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'approver_2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '46f70fafdfa24dc3a2db775400b8853c'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: 'output'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '476008c8610c40d483d679bfc0603ffc'
                        key: {
                            model: '39c2a7c13df5451d8365a515cb7179ef'
                            element: 'output'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '4820cd2083434ca4b074e2b4ed23ad1e'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '484b7de2a54b46d482b4c47f8e9db255'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'idempotency_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4872947836114444a96f2b7a04f01a0c'
                        key: {
                            document_key: '0c88c90e018147b29f839a78c857dee7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '48853a897a1344f08b275b6c3ab979f8'
                        key: {
                            field: 'kind'
                            table: 'var__m_sys_hub_step_ext_input_7542a1cfc27f44a0ab6effec9b08484f'
                            id: '7542a1cfc27f44a0ab6effec9b08484f'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '48f5f22228bc41c5a469c249feea6781'
                        key: {
                            field: 'plan_hash'
                            table: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            id: '169b50d5ef0a456fa5d120b3c95baa9c'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '49a853c960f647a4b8ce3c59401314f2'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'help_desk_group'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4a5dac62821443caae367378d055ac3b'
                        key: {
                            sys_security_acl: '7732bc4f9ffd4f76bd12768950a86bdb'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4a67474474f848dca5f1f3ae2632195e'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'status'
                            value: 'expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ac96ada1ca046a9b638712621047328'
                        key: {
                            document_key: 'e5d5f8c2bcba44b2a6144e660e149c66'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '4aef45789dc44b9bbfe5eacc19afa621'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4b442b8d5a984022b720c9a581e9c441'
                        key: {
                            name: 'var__m_sys_hub_action_output_9ff1de5892024ea6a762f7dfc729a98e'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4b4736b9d81147329fcb88eed81b4e61'
                        key: {
                            sys_security_acl: '86a90d5aadfe45b1b96f98a866851b0b'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4b8b7d23b84545e7aaa34be077b74de5'
                        key: {
                            sys_security_acl: '9798fae1403e4b3aa156195a5cd018d4'
                            sys_user_role: {
                                id: 'a3d1f5ad391248e1a01088c5610b90da'
                                key: {
                                    name: 'x_okta_jml.help_desk'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4bd621e5fb324a40bdbf61b94fe0c3ef'
                        key: {
                            field: 'requested_item'
                            table: 'var__m_sys_hub_step_ext_input_121bb81370f14534bac0163f14f00b5d'
                            id: '121bb81370f14534bac0163f14f00b5d'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '4be57bc0d03248ab9e0cc1af11b3ce44'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4c9b50d238b04e388ffa61db9791b067'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4d15bfda69e1421ea12abd25fe5749dd'
                        key: {
                            field: 'retryable'
                            table: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            id: '169b50d5ef0a456fa5d120b3c95baa9c'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '4d379ec30fe34c089f8b6cd3bad90b29'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'plan_text'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4db205b3052e40a2b6417994880d1bf7'
                        key: {
                            name: 'var__m_sys_hub_action_input_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4e329faa4601481abd51d56ddc93adde'
                        key: {
                            field: 'execution_id'
                            table: 'var__m_sys_hub_step_ext_input_121bb81370f14534bac0163f14f00b5d'
                            id: '121bb81370f14534bac0163f14f00b5d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e446043f08845f3835e3493595088cb'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'entry_hashes'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4e86c27f1cc7423da46a674c6219dab0'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'f50bf30f94c9459b8b4f2b5b88417d96'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ea2ed118b0749c7afb2c82380b8ed72'
                        key: {
                            document_key: 'd7fe8a8c6c75418e8bb3df8a0928eca7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '4eaad1ff33ef4c61bffba314dde056a7'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '4f3f3b071b7d46eba93aa2ed8f53cc6f'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'manager'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f4c8c88ceec4671b0f6ac6aa658f944'
                        key: {
                            document_key: '58648a6c4a4e4a229e1ef5e3660cb4e7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '4f9fe22690cc48349b7f681185daf3e9'
                        key: {
                            model: '121bb81370f14534bac0163f14f00b5d'
                            element: 'plan_hash'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '4fa54e53fe0c46c980af418be142f5ba'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'revoke_sessions'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fbccf36669b414b9659e9ca184b63e7'
                        key: {
                            document_key: 'ee7af9598a5b4fbb83de0bde69f9db7c'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: '4fbf3a3c9a56486881da2afe5b12e045'
                        key: {
                            id: 'x_okta_jml_bridge_setup'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4fd96e9baa524174a53c8835e7831b3d'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '50017ab119214a20899b8f324fff1f8d'
                        key: {
                            document_key: '1040a7e6545c4750bb1cf8ad521abdb0'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'question_choice'
                        id: '506bca538fb747098dc16277a3446289'
                        key: {
                            question: {
                                id: '70988413619945a9823676183c300674'
                                key: {
                                    cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                                    variable_set: 'NULL'
                                    name: 'help_action'
                                }
                            }
                            value: 'suspend'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '50bd41490271409ba095f36b7ef8908d'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'seq'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '516e26aa6cb9431d98c8e3085f002c08'
                        key: {
                            name: 'var__m_sys_hub_action_output_fc8336888f1f4222bdf0551befddcb0e'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '51972bc4274b480c9e394e57b0507737'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'execution_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51c3123848304fa79392149d18615041'
                        key: {
                            document_key: '0bc68a54a21a480aad4005d8148d0b5f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '51fcae9433894d94ba522568150d0aff'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'hash'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '522aec6878174bd5a76c9a714b729f0c'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5367b7abedec4a0dbdb00e56aa216672'
                        key: {
                            document_key: '37b5f639576944b18caec8eb89d8f73f'
                            variable: '7c5f6d2353e0220002c6435723dc34f6'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '536ba97436904b7a8fd80b1f83e2130d'
                        key: {
                            field: 'plan_hash'
                            table: 'var__m_sys_hub_step_ext_input_121bb81370f14534bac0163f14f00b5d'
                            id: '121bb81370f14534bac0163f14f00b5d'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '54069e81c68943a0ae0884156ebd3fdd'
                        key: {
                            cat_item: '06d221874b894a63ab236483dab53273'
                            variable_set: 'NULL'
                            name: 'new_title'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5413a11eeddd4e6889a2c9bb2eba52c2'
                        key: {
                            document_key: 'e8d464d326af4889b351e2e1abb05622'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '54beef1ef3d94c68955c6dfc0e9f9e32'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '54da378484104ad3a24140246ad42797'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54f96a45cafc4e0abf40e5494cf44982'
                        key: {
                            document_key: '46d71006c89548b7bac75b5bcc6696e4'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '552032606aa34411b5dc9dcf3149d909'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '5bd7d0d9cfe54997846bf08f24340928'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5529754016514e8c9b4329143c8630f5'
                        key: {
                            sys_security_acl: '3d5dfbd3651c415b92c6829a43f58030'
                            sys_user_role: {
                                id: 'a3d1f5ad391248e1a01088c5610b90da'
                                key: {
                                    name: 'x_okta_jml.help_desk'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '552e016f7737497c8c961833416cfc45'
                        key: {
                            model: '39c2a7c13df5451d8365a515cb7179ef'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '553246ee7bd6489bbd45ce63bd96ff0c'
                        key: {
                            document_key: '7a12fc0c151d484fb03754ffe1d4d43b'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '557d738ca2eb421e8d68f57c453afce7'
                        key: {
                            document_key: '7f887ae133f34d5690df46b8a2afcd5b'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '559e40a297904947bc6e6843835c9964'
                        key: {
                            field: 'requested_item'
                            table: 'var__m_sys_hub_step_ext_input_c765d6f0056a4b9999377ed13ef3566f'
                            id: 'c765d6f0056a4b9999377ed13ef3566f'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '560db9c2d6454aaea5991d7cc0a5f7f1'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56375a298e6348a6a39659b38b26c918'
                        key: {
                            document_key: 'f74785375c4849f985f1688eb7a08e19'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '564a9f160c344cc7992c03b374ed763a'
                        key: {
                            document_key: '3ad72bcafaef44e6b8c1fcb9e1dd33a8'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56dca6def6c04b678adf58f64e935718'
                        key: {
                            document_key: '24fdb50d6ab7448a968ff3a8de0b837f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '570f1060dc5449f8bdf49c15b58ef461'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'status'
                            value: 'timed_out'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5793bb975fc94411b21451612b73de7e'
                        key: {
                            field: '__action_status__'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57d7fea2f511476db35c9b17f6c96b92'
                        key: {
                            document_key: '39c2a7c13df5451d8365a515cb7179ef'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '58118fea0bfc49029e7eddc6478261ff'
                        key: {
                            document_key: '203bb0c8ccd44ec5a71749c5ddc6dace'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '58946a4d2e814a07abbb368e57ecb9f4'
                        key: {
                            document_key: 'fc9257f75531468bb37dccd6b4c3d218'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '595354e5badb44688d999515dd4ab6eb'
                        key: {
                            name: 'var__m_sys_hub_action_input_73d508d01c82439993c595d059662103'
                            element: 'flow'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '595933a22edf4594a68b285cc7034849'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '599e728cae8243e9a8b3e2caf762c71b'
                        key: {
                            document_key: '487519a77876402d953fe3c44aeadfdf'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '599efe4291ee47f388c0634ce2c1bf5e'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'decision'
                            value: 'approved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '59bd0234682e4762a50b17baaa136e21'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a13732571bf47a6846b91caf6f8444b'
                        key: {
                            document_key: 'd029ed2798fc437fb1c520878e6184d6'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a3587f41bf04e838a6c616753b97152'
                        key: {
                            document_key: '37b5f639576944b18caec8eb89d8f73f'
                            variable: '334ea2f153212110248dddeeff7b1255'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5a5f7eee79d947adbfc5a2c38cf00aff'
                        key: {
                            sys_security_acl: 'fff44e5ea0a340229f1eb2b4d749aa15'
                            sys_user_role: {
                                id: 'a3d1f5ad391248e1a01088c5610b90da'
                                key: {
                                    name: 'x_okta_jml.help_desk'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5acf243e82914abba8ddb164658c5855'
                        key: {
                            field: 'status'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5b6fb7fe04a648cf902039fb618a126b'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5ba9773bdc604715be5c853f42d2fccc'
                        key: {
                            document_key: 'c765d6f0056a4b9999377ed13ef3566f'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5bb8c7dfaf40496c91b09dc86992d37a'
                        key: {
                            field: 'status'
                            table: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            id: '169b50d5ef0a456fa5d120b3c95baa9c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5bbfc8e0c91d45e0bbc07dc9cbce1efc'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '5bca9033183f4c8484974efe2810ca17'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'whoami'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5be9f4e3e93b41ae982d2a9ca5f574b5'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5bef884ad5b8437a853e239842b52bab'
                        key: {
                            document_key: '8676292b657d495e8d579bbafb08b336'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c438f478e014b31a72d23b6f96ddd47'
                        key: {
                            document_key: '37b5f639576944b18caec8eb89d8f73f'
                            variable: '7600f16353e0220002c6435723dc34d5'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '5cf30b41e72649c09e54d2d7b3a55153'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'start_date'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '5cff47c3eac5497eb1fbd53f6ad61a6b'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '5d44730fb69143eb962c89156b3bd8e3'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d4f9ada03f642a6bc7eb5e65d769642'
                        key: {
                            name: 'var__m_sys_hub_action_input_fc8336888f1f4222bdf0551befddcb0e'
                            element: 'execution_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: '5d8596bd9b3e4ed1ba60a29d980f4b3e'
                        key: {
                            sc_cat_item: '11cf22507b074e23ad6c838ece6672f3'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e78082d6d2b4305a1aebc18ddd4ac63'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'okta_user_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f3ed123bd074cf08b8ac7ff2ad866cf'
                        key: {
                            document_key: 'f74785375c4849f985f1688eb7a08e19'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5f4629978bb646fd91751b441963b794'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'resource'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5faabdd783674232b314dd88ad691ec7'
                        key: {
                            document_key: '756aaf9d60824780af8ab7a8a049a13c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5fb20c50c13c46d58773f2abf8e1d0ac'
                        key: {
                            sys_security_acl: 'e016dad78c6642d584518c5e913eef6f'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6016102eed3840dd9276d2369a7fa17f'
                        key: {
                            document_key: 'bad7c6ce93144659a317eee5bb06fe8b'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '60232eb657d64d679e8cc05f1e39add4'
                        key: {
                            document_key: '33318cac790448a6a903d98b385537ef'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6079dd17e48b4513bc6e17483da03bf4'
                        key: {
                            document_key: 'f54675b33d3249319635155ac21e074c'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '60ca229ae2fe400bb0fc2c19f46545e6'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '615d7af8a7564b0c80e0397ad9d342c1'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'decided_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6183698f53e340b3aea7737d7cc20e79'
                        key: {
                            document_key: 'c6483ddbca9345fb9190d27c2d3975a3'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '621d2eb8e9734432bad3d83d02880edd'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'location'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '62236f96abb94df09ae22aab79e97c7e'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'help_desk_group'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6249f255f55b4fbf9ba1b4ff91db7668'
                        key: {
                            name: 'var__m_sys_hub_action_output_9ff1de5892024ea6a762f7dfc729a98e'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6261724342ec41ed9b8b6f7d5f7b857a'
                        key: {
                            document_key: '86453d8f8359409295bcadca2a57b6ba'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '629c9934554342adbb1eca701faa024c'
                        key: {
                            document_key: 'dc5f27d7a25d475e8bf747dbef9f364b'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sc_cat_item_category'
                        id: '6336283bc08c4329b6cd9b1b2728007c'
                        key: {
                            sc_cat_item: '3b4103ab006c4016bdeca951c85bc8b9'
                            sc_category: 'fea38101f61e4a60be3c0442226bc2b1'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '6365f8ffcb004c62a3980151a5a5e14a'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '63685d20cb0640d1802531f2c3ceff75'
                        key: {
                            field: 'kind'
                            table: 'var__m_sys_hub_step_ext_input_8ed584cbf3f1488f916978b48e095c20'
                            id: '8ed584cbf3f1488f916978b48e095c20'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6373f67ccbb547698f37905e68ea1d31'
                        key: {
                            name: 'var__m_sys_hub_action_input_6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '640fa182a7f44c1293fb7f79e0100294'
                        key: {
                            document_key: '11b7873f0bf6401e8ccdebbd67d15b8f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '64130b8e21de49da876b7778454be43b'
                        key: {
                            document_key: 'c6483ddbca9345fb9190d27c2d3975a3'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '642450c2cfd04cccb8997f1d67473bc7'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'recorded'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '644fb269ea3446289532f12a93fcb174'
                        key: {
                            document_key: '487519a77876402d953fe3c44aeadfdf'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6462a16fa314453c84a9135d8770b86e'
                        key: {
                            document_key: '351f903ca2594802963e071653a5da35'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '64b60013e5b64fe990fea0a062ec308e'
                        key: {
                            document_key: '60cf244b90e747c59a139c18111e4d09'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '64c08c6e35f545f2b4a912e3f95c7da7'
                        key: {
                            document_key: 'b964be8f637b424c8c451934da69e5e5'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '64c884d49821498e85e45a5f07b3a39e'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'plan_hash'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6574cb61acfe4417a0a480eb96b819a7'
                        key: {
                            name: 'var__m_sys_hub_action_input_8eb8c16d584f444699a23d2310c75a32'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_flow_input'
                        id: '65c2216c827146e7b5a52b84158f3050'
                        key: {
                            model: '3ddc307f1c2648f287fdd9a62878bc1f'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '65e5607461604673a239566923cec3f2'
                        key: {
                            sys_security_acl: '628a97dff93d4c3daf254224692dcda5'
                            sys_user_role: {
                                id: 'a3d1f5ad391248e1a01088c5610b90da'
                                key: {
                                    name: 'x_okta_jml.help_desk'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65ed60ef0e6546e78ba1edbe4d433103'
                        key: {
                            document_key: 'eafa10c2fa2a4c9c9c8e4847884dc2f2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6605713f4b09451da7a65a016ce7503b'
                        key: {
                            document_key: 'a96c67b4e0dd42c9a8145978f99d21b2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '666fdf4812f94a46a4385d9de456cc44'
                        key: {
                            name: 'var__m_sys_hub_action_input_9ff1de5892024ea6a762f7dfc729a98e'
                            element: 'output'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '668eb4a469bc46799f468dc72754ff0b'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: 'retryable'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '66eac61ba75944f5a3812e2cb45102c8'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'rejection'
                        }
                    },
                    {
                        table: 'sc_cat_item_category'
                        id: '67051a0ce4544b4c84957612a20ad7ef'
                        key: {
                            sc_cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            sc_category: 'fea38101f61e4a60be3c0442226bc2b1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '673a48a6cc8c4e3da559ea5191f46ba7'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '67925a9607294cdc83875717bd4fdbb6'
                        key: {
                            field: 'recorded'
                            table: 'var__m_sys_hub_action_output_fc8336888f1f4222bdf0551befddcb0e'
                            id: 'fc8336888f1f4222bdf0551befddcb0e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '67a595e99b564acd809d3ae356da427c'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            id: '169b50d5ef0a456fa5d120b3c95baa9c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '67c9627880de4b6a8659d12683824a5b'
                        key: {
                            name: 'var__m_sys_hub_action_input_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'idempotency_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '67dbd82c59cd43caaeb9b36a25076ded'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'first_seq'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67fc6cc2647d4cf584d12f0a199f9c3e'
                        key: {
                            document_key: '7287fd2a1f6f4a8e84cff0114b95033f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '689f052d40204aaaaca665efbb4cc39b'
                        key: {
                            document_key: '33318cac790448a6a903d98b385537ef'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '68fe2682f86b4be2b0bcda6f837b4d99'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '68febc25a9d24608b3f522da93c3b2ef'
                        key: {
                            sys_security_acl: '1fa359e0fdf04f1a9ddc3649b4909253'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69f8f5d6033e432db0ef0e0e1de2b5de'
                        key: {
                            document_key: '3946b4c73dff40118e80671cb2eb851e'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '6a91dee047ab421aab3aafe3166d875c'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'retryable'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6aa26d8083df475f9d1b150043ec1d60'
                        key: {
                            document_key: '95e944ac41d9465aa49f2fba52396a77'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ab2d859703243f29e5fcdeb75108055'
                        key: {
                            document_key: 'f50bf30f94c9459b8b4f2b5b88417d96'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6af6c0d944a94cdd93a255ff51c6406e'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'entry_hashes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6b3774e207384e07828901b58446cf9d'
                        key: {
                            field: 'approval_required'
                            table: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            id: '7700817e2a424f51b33fac0f1f82ee88'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b3d7adc635f4f07a5b2b416ddf1a938'
                        key: {
                            document_key: 'ed563679e20341c087c2b5692c053261'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6b411116f0a341fd81da513a853dbf0f'
                        key: {
                            sys_security_acl: '3d5dfbd3651c415b92c6829a43f58030'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6b79c5aa78b54e0590ae063b3e6d2ac5'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6b907014b96b4516a61c0382472fb918'
                        key: {
                            field: 'ticket'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b9f374995dc48bb9ef45c8c96f879e3'
                        key: {
                            document_key: '4fc905d1240d4e649bf7db6167edceaa'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6ba941bdc2e3498eadc48eb2901b78e9'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6bc5ad6b52dc4b459ec33e78bfd89dfa'
                        key: {
                            name: 'var__m_sys_hub_action_input_f013786c19094364a7b5b0d6a9293825'
                            element: 'flow'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6bd6dfc07bab467ab7806714b75b97a7'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'grant_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6bfaabacdca74af2b90db67a61d93396'
                        key: {
                            document_key: '845089bb09204d379373acc067439488'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c33b12d86eb4ee7afcaaa89c842e6ae'
                        key: {
                            document_key: 'f74785375c4849f985f1688eb7a08e19'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c8ef986371048a08ea1e0582f2f5331'
                        key: {
                            document_key: 'cfa0f6f0176641e3ae74854b096fe955'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6e16f11d84e84722ab2cebf31bc8ea6a'
                        key: {
                            field: 'payload'
                            table: 'var__m_sys_hub_step_ext_input_34f9418babdb414fa9ecd3212f40d1ad'
                            id: '34f9418babdb414fa9ecd3212f40d1ad'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '6e1b0de6ba9441ada9f659182eae2ea6'
                        key: {
                            model: '9ff1de5892024ea6a762f7dfc729a98e'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e371a68afcd428c9273169d7973d70f'
                        key: {
                            document_key: '50fe888ec6b94dc9a6ea1b6823cb2b84'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6e69fa40ef344f0899dbe4f9bd3c44ab'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'occurred_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6f4d12d4b0b44cb1a137c7e9a6c49515'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'visible_to_departments'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6f5135159b20471ebceaa26739746e89'
                        key: {
                            name: 'var__m_sys_hub_action_input_73d508d01c82439993c595d059662103'
                            element: 'idempotency_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f8b0e97105f4958aae52a8028afe3c2'
                        key: {
                            document_key: '7f887ae133f34d5690df46b8a2afcd5b'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'io_set_item'
                        id: '6f8b102f2ec142c684e777897574f32e'
                        key: {
                            sc_cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                            variable_set: 'c43b80d6857f4a26bec1bc4f96f207ab'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '6f8e44d3de194e16812d954449e4b897'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '701c9a7ab04a4d049ad9ed3a0cef8b80'
                        key: {
                            field: 'plan_text'
                            table: 'var__m_sys_hub_step_ext_input_39c2a7c13df5451d8365a515cb7179ef'
                            id: '39c2a7c13df5451d8365a515cb7179ef'
                        }
                    },
                    {
                        table: 'question_choice'
                        id: '7056605ae42b428fa705837e4d8e2339'
                        key: {
                            question: {
                                id: 'ad1a03eb9ae74269a730231169c113ed'
                                key: {
                                    cat_item: '11cf22507b074e23ad6c838ece6672f3'
                                    variable_set: 'NULL'
                                    name: 'leaver_mode'
                                }
                            }
                            value: 'deactivate'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '70988413619945a9823676183c300674'
                        key: {
                            cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                            variable_set: 'NULL'
                            name: 'help_action'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '70e57af38076490bb2a9b66d653e60c1'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'plan_hash'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7167fe834a964bfd916cb78c5592e62a'
                        key: {
                            document_key: '62d0d99c61e14cb2afa68b2c41a8ff3c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '726be2d71700469fae58b79a93a13630'
                        key: {
                            document_key: '775ae5c190594ab6a55af0a706241bf8'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '72a17b5f0a684684a74c1592efcf3702'
                        key: {
                            document_key: '7ab7cde9295f4dd582190475e7e64ce5'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '72ac1878387549b6b04818129c2f8e5b'
                        key: {
                            document_key: 'f50bf30f94c9459b8b4f2b5b88417d96'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7308842a9ee3489ea201a643fb2856c3'
                        key: {
                            document_key: 'bba05384815141a5b3a1a71f28ee479e'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '736c9df8a8244fb38888d9ce008418b0'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'execution_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73ca523503df4a44942ff0bdfe027fd3'
                        key: {
                            document_key: 'ee7af9598a5b4fbb83de0bde69f9db7c'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73e060fa43a74e78b97f4a6bb712c721'
                        key: {
                            document_key: '505a666bedfe46a4baff58e970a42606'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '74142c22ee204ca2a7b6db0a6a338679'
                        key: {
                            field: 'idempotency_key'
                            table: 'var__m_sys_hub_step_ext_input_121bb81370f14534bac0163f14f00b5d'
                            id: '121bb81370f14534bac0163f14f00b5d'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7445d402f33b4951a7b7238cf154b113'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'output'
                        }
                    },
                    {
                        table: 'io_set_item'
                        id: '7445fe570cb743469d45489738f102eb'
                        key: {
                            sc_cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                            variable_set: 'b566756110cf4b11b4c7ae2bb12dd4e8'
                        }
                    },
                    {
                        table: 'catalog_ui_policy_action'
                        id: '74460e9d1c074bd1862b5bcbd984386d'
                        key: {
                            ui_policy: '89fe2b56652943dcb4560007a5ba4c17'
                            catalog_variable: 'IO:958a304285474d44bc7736e85394c1f0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '74d192b75241459d8ad9b46a1a519f5b'
                        key: {
                            field: 'ticket'
                            table: 'var__m_sys_hub_step_ext_input_121bb81370f14534bac0163f14f00b5d'
                            id: '121bb81370f14534bac0163f14f00b5d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74d7341ef1004e1496708330a911b07d'
                        key: {
                            document_key: 'bba05384815141a5b3a1a71f28ee479e'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '74f4e025901b4508a33c30ce730cec20'
                        key: {
                            name: 'x_okta_jml.approver'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '750e345d96f745878f6bc1312d82da5d'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'approval_levels'
                            value: 'owner'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '75f74684cd3d45a2a3258da732ad6b03'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sc_cat_item_category'
                        id: '76483469239947d5a89ebf3b0d988982'
                        key: {
                            sc_cat_item: 'c01bad60a2f149cc99fedf1e382e5f2a'
                            sc_category: 'fea38101f61e4a60be3c0442226bc2b1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '764dee924985491a90babbd7694d8ed0'
                        key: {
                            name: 'var__m_sys_hub_action_input_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7693f33513ca43298e8902c2ec4ac0ae'
                        key: {
                            document_key: '8421a55e235d478fa79cd8767d5457d7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7703b01d1f9846a29bdffbc54cb78185'
                        key: {
                            field: 'flow'
                            table: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            id: '7700817e2a424f51b33fac0f1f82ee88'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '771003cb958d4889a5fb62f0fad43a71'
                        key: {
                            document_key: '3946b4c73dff40118e80671cb2eb851e'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7712b1c14e394beeb62d6c2fbf10cb66'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'okta_request_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '774cccffe97d4468a0a60b4c160dee03'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '203bb0c8ccd44ec5a71749c5ddc6dace'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '775e95be9ea046b9a8e5545f98676f20'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77661f0314fe457898c473d630cf0d8a'
                        key: {
                            document_key: '00fc4096126a45cdbfde3ca86f342fa8'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '776f9f9e3cd8434b866f5bc604e9f271'
                        key: {
                            document_key: 'bad7c6ce93144659a317eee5bb06fe8b'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '77ef547f80e445d6bb7f5a8fd79de0ff'
                        key: {
                            sc_cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                            user_criteria: 'a7b68b5ecc994cb480423d47fb7b0848'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '783db4c10d1f49f6b4708062eaf04773'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'f54675b33d3249319635155ac21e074c'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '7877a1f1a01f41b6a09920f90db2f532'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '78984fca9753480c8243018a2b8160da'
                        key: {
                            sys_security_acl: '33eec1b9052049cbb19e3f50ace7cf7c'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '78e68d03e0c04b688e2ad4f0d1a9e288'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'plan_text'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '79aa26e9e1f546d090fc6bdc1367db8c'
                        key: {
                            document_key: '505a666bedfe46a4baff58e970a42606'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '79f29552b721477dbe5499bd0dfeba87'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '7af4a23851a54a2eb57653d99757a53d'
                        key: {
                            cat_item: 'c566636203a34fd1af91af22034df277'
                            variable_set: 'NULL'
                            name: 'resource'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b605fb9838c4113a523625425a20c0e'
                        key: {
                            document_key: 'eafa10c2fa2a4c9c9c8e4847884dc2f2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b7af6482a8c4320ae00acae8b7be5b2'
                        key: {
                            document_key: '203bb0c8ccd44ec5a71749c5ddc6dace'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b8e26be196c4b9e9e9141d28dc5de5b'
                        key: {
                            document_key: 'a96c67b4e0dd42c9a8145978f99d21b2'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '7ba22c38c9ff4d60a3a5f8f819c0d39d'
                        key: {
                            model: '8ed584cbf3f1488f916978b48e095c20'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7bb4353a6c3c448fbcc455d456c5a93c'
                        key: {
                            sys_security_acl: '3bfb0cf8cffd49b7ab0f78dbef186082'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7bdecaac01ee4c3d92608b620cea6eef'
                        key: {
                            field: 'error'
                            table: 'var__m_sys_hub_step_ext_input_39c2a7c13df5451d8365a515cb7179ef'
                            id: '39c2a7c13df5451d8365a515cb7179ef'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '7c23902b87504d6da1b2a1b71592f99b'
                        key: {
                            name: 'x_okta_jml_access_grant'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c9df513d9714a308cec17828bb6c161'
                        key: {
                            document_key: '24fdb50d6ab7448a968ff3a8de0b837f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '7cb149dc916a4acea85f6a2a6c8145e7'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'plan_hash'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7cd4b74c0a2c4e78a0133666c8a8c49c'
                        key: {
                            document_key: '17355167788e4777a556707c13956e31'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '7cd5e0ac1f684778b05b08d94f7f85c6'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d2eb2df2bc24e54adbc52693efec77f'
                        key: {
                            document_key: '1040a7e6545c4750bb1cf8ad521abdb0'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '7d4e363155c54350b7c024b187cf92b1'
                        key: {
                            cat_item: 'c566636203a34fd1af91af22034df277'
                            variable_set: 'NULL'
                            name: 'resource_max_days'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7dd8c2b22be74674a0e7b1c652b8ff86'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e79a87232cd4780b24a0be6e02710de'
                        key: {
                            document_key: 'c6483ddbca9345fb9190d27c2d3975a3'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e92f46fae34497db583e9d046bcdcea'
                        key: {
                            document_key: '973ca014fc6b4bb586bef63f879b7695'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7f5ab5cf38884fb39d6077124b6a1e6c'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'summary'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7f6116d311584db2845831ff0f619146'
                        key: {
                            sys_security_acl: '9ef11fe0042c44b389691be941774a37'
                            sys_user_role: {
                                id: '67954577ff8b49eb9975e6f0e0caa408'
                                key: {
                                    name: 'snc_internal'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7f6e6b44ee464c1c8e5c0da72b6792df'
                        key: {
                            sys_security_acl: '9c533e34688048dc8677b2e620c843c5'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f8ab9a7b56e46a7b0c99e7715214396'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'requested_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7fd623046bd54e4eaa51b89d75d16de9'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'retryable'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '800b224891bc4e97bea7a1ba2e4be387'
                        key: {
                            document_key: '4af888bbc5584233aeb85a56af343a16'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8090343fcfce4e1a8e09a734cbb159b9'
                        key: {
                            document_key: '17355167788e4777a556707c13956e31'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '823bfba2d18e4761ad34a35a859be46d'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'output'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '824f1b3dbcdb4a3586516cef0f1edc06'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'plan_text'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '828ac2da794b45fa9c552ae7ac97d58b'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'retryable'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82949d539d1f4d39826e3b97789727cc'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'flow'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82b68f936b134c3d9618af57e1d1268f'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82e723f0c77642d1be75b4b0274343b7'
                        key: {
                            name: 'var__m_sys_hub_action_input_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '82ee3227458b4b558bf220b910dc5968'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '84085b62ab09495caf2093bc20ef03b7'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '842476530dcf4e9d9131507a06e8981f'
                        key: {
                            model: '6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '84aba755e7ba4658b0ae7230f89776b9'
                        key: {
                            model: '121bb81370f14534bac0163f14f00b5d'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85030b2c6a244154aea31df3431d9b74'
                        key: {
                            document_key: '00fc4096126a45cdbfde3ca86f342fa8'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85400be9fef749c79a3002988d88dd1d'
                        key: {
                            document_key: '8e3f40f06157490c8a78efe58d9bcd32'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8549d12a18e842dab9ec9f980f2bc7df'
                        key: {
                            name: 'var__m_sys_hub_action_input_8eb8c16d584f444699a23d2310c75a32'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8582a4b3954a43ba9948afe2c9cf03a7'
                        key: {
                            document_key: '456acd6b05444f9a8af304364f37f742'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '85dd9e8bbdd54cddae8aa37554043640'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '860c9e0471b7427dbbecae79f24c9180'
                        key: {
                            document_key: '4fc905d1240d4e649bf7db6167edceaa'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '868e069b54d841b5bd5090576cb289f2'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '86c33369c8354797847a691fbe3e6906'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'joiner'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '86cfd7dcdea547f29a07c0f39d94f2cc'
                        key: {
                            sys_security_acl: 'e8fa7063180342989ef92f53c76c0d76'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '86d839c05e134c2f8edc48ec7d3bd985'
                        key: {
                            model: '39c2a7c13df5451d8365a515cb7179ef'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8758141d3250433188eab0b3586736cc'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'execution_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8786ade2f6c845d9a2893ead04a74857'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'execution_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87cec817cb3a4aaf8a728823a1e46779'
                        key: {
                            document_key: '973ca014fc6b4bb586bef63f879b7695'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '87d9b7ce9b6a4791a9c6f885ad30628d'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87e94eb81ef945a2921b8a7e91d61d3e'
                        key: {
                            document_key: 'a59326cef8be4df5b693dd993fef51cd'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '880c5de85d44400ba773461c2b912c98'
                        key: {
                            document_key: '19a015e5df074f1a953cc384e5023617'
                            variable: '424ca6465320220002c6435723dc34b5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '88584544b1464b1ca1aa453c521a97f6'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'pending_since'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '885915cf97dc4cb5a5408306c5f2076e'
                        key: {
                            name: 'var__m_sys_hub_action_input_73d508d01c82439993c595d059662103'
                            element: 'plan_hash'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '88cb7c18818049ec9d305d10c7fe4895'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'apps'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88d238c048784a55b7d9b2d81716f15c'
                        key: {
                            document_key: '50fe888ec6b94dc9a6ea1b6823cb2b84'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8912dd0c09e6473a806e967af0675cb7'
                        key: {
                            document_key: 'c6483ddbca9345fb9190d27c2d3975a3'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '892c383dae6f490d933b5edcfe9c269f'
                        key: {
                            field: 'help_desk_group'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '896c12b9c4884f6e8513324ef3b7d759'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89753080bb6342008ac62c4515dce5a4'
                        key: {
                            document_key: '7f887ae133f34d5690df46b8a2afcd5b'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8997c1202d5b404d8d1692885a4b9dde'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'department'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '89df9a33deaf4186b87ed0cafab1f1f7'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8a26d996a45d46e3ab0695d63d419f85'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'operation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a91315e8a6b4b7fad97488f68d40bb2'
                        key: {
                            document_key: 'ee7af9598a5b4fbb83de0bde69f9db7c'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ab10ab8e29640469fffcc4008fb7691'
                        key: {
                            document_key: '17355167788e4777a556707c13956e31'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8acf7ce348ed4ba39647ce91f2c429f0'
                        key: {
                            document_key: '7287fd2a1f6f4a8e84cff0114b95033f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b145b36f18c45919b70bf1ff7639bb1'
                        key: {
                            document_key: 'f0e740e9348f4041be50afa51fb799a8'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b65c646d4944305b1041ab6fb8d935d'
                        key: {
                            document_key: '5bd7d0d9cfe54997846bf08f24340928'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b65ff0ece3f45c68efe769fb44bc43d'
                        key: {
                            document_key: '3ec5dfb5bcb7400cbe9ebac495cd47b1'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'io_set_item'
                        id: '8bbe22437d864735818e8744b706f07a'
                        key: {
                            sc_cat_item: 'c566636203a34fd1af91af22034df277'
                            variable_set: 'b566756110cf4b11b4c7ae2bb12dd4e8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8bc1ec855c59472f833ed5432f199a73'
                        key: {
                            document_key: '34f9418babdb414fa9ecd3212f40d1ad'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8bc3399cad264ec6b71cb524524335d2'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c2796e16eec4457adca502dc493c637'
                        key: {
                            document_key: '7a12fc0c151d484fb03754ffe1d4d43b'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '8c7fa01bba7740fdb4a6cf2724992b68'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: 'plan_hash'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8cb2a28126004df99ad9f900fdd55edf'
                        key: {
                            document_key: '713d60b288d74aa4a3cfeecfb2a7a953'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8d17165316e746b2a1794ffc4981f0fc'
                        key: {
                            document_key: '8ed584cbf3f1488f916978b48e095c20'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8d17ba624bd24cb691772a7284e87b7a'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'grant_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8d7421f9213e432ea4aeab7833f7c9d5'
                        key: {
                            document_key: 'd7fe8a8c6c75418e8bb3df8a0928eca7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '8dd7d0b34bc944c39da9990a4534fe69'
                        key: {
                            cat_item: 'NULL'
                            variable_set: 'c43b80d6857f4a26bec1bc4f96f207ab'
                            name: 'okta_login'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8de049addaab470981847ed2a8c1fdb3'
                        key: {
                            document_key: '12a26fd869074f3a9657c34e099b561a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8de1c98f5fc54bab98fe3ded7cf20eab'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'question_choice'
                        id: '8e08ec9953034580922bd9ec66fb2e93'
                        key: {
                            question: {
                                id: 'ad1a03eb9ae74269a730231169c113ed'
                                key: {
                                    cat_item: '11cf22507b074e23ad6c838ece6672f3'
                                    variable_set: 'NULL'
                                    name: 'leaver_mode'
                                }
                            }
                            value: 'suspend'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e33120d05b54954a28ff5d681c9822a'
                        key: {
                            document_key: '973ca014fc6b4bb586bef63f879b7695'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '8e343f02d30d4f6581f0a670a83d4a82'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '8e344392785e43b9854f76a14292f170'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'retryable'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8e484790bfa54ea2be3bbfdddf671962'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '8e68d7935d344f7baeeff3a10ef2d464'
                        key: {
                            name: 'x_okta_jml.integration'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8ecb1caec4704ed3bd33e50e230a98d1'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f42125195f7414db445929c4707fe6b'
                        key: {
                            document_key: '7287fd2a1f6f4a8e84cff0114b95033f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f7af648270d42f78aeaa3f85c70cec3'
                        key: {
                            document_key: '988dfc837e0745b2b1a873d7dcdecc8c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f848a20fc05491ca5232804b1f5b976'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ffb712942dc4692ae1d7b4f76397790'
                        key: {
                            document_key: 'bba05384815141a5b3a1a71f28ee479e'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '9006431c19874bb9b33fcca90811258b'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: 'execution_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9046d2e9f7bb437592054d46cd0a34e0'
                        key: {
                            document_key: 'a1a80b806fd44923b773ed2fe8d6a0b0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90782de8876c4a9a924cebba65c8dc76'
                        key: {
                            document_key: 'f0e740e9348f4041be50afa51fb799a8'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '907ba81bb84748c6a14f2c8a020567ba'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'anchored_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '908381c2d1a446ea9a1c23f2d43dddbb'
                        key: {
                            document_key: 'f50bf30f94c9459b8b4f2b5b88417d96'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '90f69a5b922a43a48e02868116e1c4fd'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91070552fe90454898e33b4d1dbc57e8'
                        key: {
                            document_key: '6fbbc579aec8442f97ccb42e59fc552a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '917152c71cbc4d75b0076b050cb7dd0d'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91781f3b242e4f0aa2bd77eccd433bf1'
                        key: {
                            document_key: '00fc4096126a45cdbfde3ca86f342fa8'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91a5bb9aa7cb4aa1a046b2a427798c2c'
                        key: {
                            document_key: '9df28bc336bb44fda5ebc456064dfe16'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91b444dfcabd4fa0b11ab84fd62fa3dc'
                        key: {
                            document_key: '8b6b8b606ec048f5abf65218e29d4e72'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '920f3fd701c04ba4b159d51eff8439e9'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: 'plan_hash'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92418a9c0e8d41b2a35f805f55ee7409'
                        key: {
                            document_key: '574963c9aafd4471976833cf20e9bf0e'
                            variable: '51547e3953212110248dddeeff7b126b'
                        }
                    },
                    {
                        table: 'io_set_item'
                        id: '924ad850bbf9432dac7abcc73dbd76bd'
                        key: {
                            sc_cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'b566756110cf4b11b4c7ae2bb12dd4e8'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '92a3d06401a0403a9cce6a9b2814741b'
                        key: {
                            cat_item: '3b4103ab006c4016bdeca951c85bc8b9'
                            variable_set: 'NULL'
                            name: 'new_end_date'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92a442ae1415488a896ec783501971af'
                        key: {
                            document_key: '8b3e5345746643379f3ab0c4bd4e12a8'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'question_choice'
                        id: '9303be98d98a437a8dbc348bd68b2100'
                        key: {
                            question: {
                                id: '70988413619945a9823676183c300674'
                                key: {
                                    cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                                    variable_set: 'NULL'
                                    name: 'help_action'
                                }
                            }
                            value: 'unsuspend'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9364fcd0a0944ff3b979e46a04537e8b'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'expires_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '936f2bb7ddb84a80b4d5690a638d98e5'
                        key: {
                            model: '121bb81370f14534bac0163f14f00b5d'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93bb831a80194000a2eb1418ad161016'
                        key: {
                            document_key: '713d60b288d74aa4a3cfeecfb2a7a953'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93ee742c3ebb401d825f716d225898c5'
                        key: {
                            document_key: 'f50bf30f94c9459b8b4f2b5b88417d96'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '9411bfdaba774c4c89a45c49d45bbf92'
                        key: {
                            cat_item: 'c01bad60a2f149cc99fedf1e382e5f2a'
                            variable_set: 'NULL'
                            name: 'grant'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '950eda0d63204aa681295ff65a7e4252'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'approver_2'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '953e850cda8f460cb3e5d9df0966bb2e'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'plan_hash'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '954ecf6fbd8a47d08ef4abdfd81fc52c'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9551966ba36b4d74972ba46d70a8350d'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'decided_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9552683e12744ec4a60deaa2cd220339'
                        key: {
                            document_key: '3ad72bcafaef44e6b8c1fcb9e1dd33a8'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'io_set_item'
                        id: '9563d6dd708648a2a1f2a76eded65511'
                        key: {
                            sc_cat_item: '06d221874b894a63ab236483dab53273'
                            variable_set: 'c43b80d6857f4a26bec1bc4f96f207ab'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '958a304285474d44bc7736e85394c1f0'
                        key: {
                            cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                            variable_set: 'NULL'
                            name: 'revoke_sessions'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95cdc358f1574bf4a40dec805fb33ac1'
                        key: {
                            document_key: '13a6031e1ff64d52825436cfba7aac25'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96086e46c7eb40529c6e0a13296c203d'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '962ae3a575694b55a55fad592790b0c2'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'approver_1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '967c1626ef9a41f59b9a95adc5098b4d'
                        key: {
                            document_key: '7ab7cde9295f4dd582190475e7e64ce5'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '974fd1c4b1b04c219d7357a22366098c'
                        key: {
                            document_key: '739809e785bc446e903baeb3c4a41abd'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '977472abc7ed4bfabb687fd28a6c6390'
                        key: {
                            field: 'tracked'
                            table: 'var__m_sys_hub_action_output_73d508d01c82439993c595d059662103'
                            id: '73d508d01c82439993c595d059662103'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '979591a1cd1e4d60a1ae55488bf42a5c'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97d74caa5f334a6898df6d2474adf21f'
                        key: {
                            document_key: '95e944ac41d9465aa49f2fba52396a77'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '981129d84767479bbe8b414faaea40ba'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '987a18784da6424ea381e0331c78e3e4'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '989ba28ffe834c638ab12cc1a85e1a5b'
                        key: {
                            model: '39c2a7c13df5451d8365a515cb7179ef'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '98f811ca65984faeab73960a29c2dfd7'
                        key: {
                            field: 'status'
                            table: 'var__m_sys_hub_step_ext_input_121bb81370f14534bac0163f14f00b5d'
                            id: '121bb81370f14534bac0163f14f00b5d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '996b239fbc584d7aa7e9291d754ccc5d'
                        key: {
                            document_key: '7a12fc0c151d484fb03754ffe1d4d43b'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '99879a4800b741888c7dfa4fb5e053ed'
                        key: {
                            field: 'flow'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '99eb9aeba43a49179f2e1981a7a0c7b7'
                        key: {
                            field: 'flow'
                            table: 'var__m_sys_hub_step_ext_input_121bb81370f14534bac0163f14f00b5d'
                            id: '121bb81370f14534bac0163f14f00b5d'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '99f5296320c94b52a6ec2705dc7e3459'
                        key: {
                            model: '39c2a7c13df5451d8365a515cb7179ef'
                            element: 'execution_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a1897d042b34e299b9b9adc826fc63b'
                        key: {
                            document_key: '85e4723cc2f945fba52482f6e1a96d5e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a5e8c8099244de19444a33bda77b94e'
                        key: {
                            document_key: '7a12fc0c151d484fb03754ffe1d4d43b'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '9acd84aa23f64fd892d5ecf6aaf973e0'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'execution_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9b05a0fa825449eca9efabf0652a3ef9'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'ed563679e20341c087c2b5692c053261'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9b382e1550bc43bfb3ed6228696669b6'
                        key: {
                            field: 'retryable'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b66336c924240e48a467115a7342442'
                        key: {
                            document_key: '34f9418babdb414fa9ecd3212f40d1ad'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '9b9bcecd8a1d4928b4cf3d599296e901'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'plan_text'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '9bca872ba0424dc5bf1a16d87c9e8079'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'grant_access'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9be4369d2ca04e49b96c9629edf627d7'
                        key: {
                            field: 'error'
                            table: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            id: '169b50d5ef0a456fa5d120b3c95baa9c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c5a6a8d6e634a53ba1757a01038299b'
                        key: {
                            document_key: '574963c9aafd4471976833cf20e9bf0e'
                            variable: '7600f16353e0220002c6435723dc34d5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c72bcf935a043448650c5372f5c1bb4'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'okta_user_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c7dbde5e2c04d18bea028240f8c0b16'
                        key: {
                            document_key: '85e4723cc2f945fba52482f6e1a96d5e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'io_set_item'
                        id: '9c8e88f6f8914971a36b8725f4623d7d'
                        key: {
                            sc_cat_item: '06d221874b894a63ab236483dab53273'
                            variable_set: 'b566756110cf4b11b4c7ae2bb12dd4e8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9cc3df6191994c378d90b43e68255f3c'
                        key: {
                            document_key: '505a666bedfe46a4baff58e970a42606'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '9d2faad7a2954d04b4bcae53556c4cc6'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '9d5b676e5a394732a71f98cf0a507f17'
                        key: {
                            sys_ui_action: '20d8e232d5cb48e5ae79ba950f9f8369'
                            sys_user_role: {
                                id: 'ad0de9e1f27046c4a5520e7c0114579d'
                                key: {
                                    name: 'x_okta_jml.onboarding_approver'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9db48f7a34494406943091315d2ace3f'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9db8341fcb4b4960b5852fa8899a60f6'
                        key: {
                            document_key: '95e944ac41d9465aa49f2fba52396a77'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e0b03d785374180903e79071cba1f84'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'flow'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9e12c1750de84e9189f444a36e98804d'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'b20f5335b06648ad81475b038cf7ca01'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '9e3c40e00c254d76ae0cece3f5b099e7'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9f9d23b123b44858ad52d3f36e6e3777'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9fd595a686d94f9b8d2b267374a16ba9'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a004bf09eadf422a969722b4afd27a40'
                        key: {
                            document_key: '95e944ac41d9465aa49f2fba52396a77'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0697827a81946b6b6b938b6ef6af082'
                        key: {
                            document_key: '505a666bedfe46a4baff58e970a42606'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0a835f995034abfbc75d98676bd21c1'
                        key: {
                            document_key: '954d9a5f220a425c95805fda1f72d225'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a0dce65b1aad49b1bb4d1ca13aacaba4'
                        key: {
                            field: 'error'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a144eefad03c4821942bd7b2c7adf621'
                        key: {
                            document_key: '51c0069202ef4421bcf9b016ca531dc7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'a167c027595e42ab9e03f428258e6a61'
                        key: {
                            model: '121bb81370f14534bac0163f14f00b5d'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a17fc3ca049d4bc7b8bbe655e953e4b1'
                        key: {
                            document_key: '24fdb50d6ab7448a968ff3a8de0b837f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1a696c4a81347dab710983ba60bbdf5'
                        key: {
                            document_key: 'dc5f27d7a25d475e8bf747dbef9f364b'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a1db3e445b234238bde5b3dcf1df45bf'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: 'plan_text'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a2062cafa31b40a08e74f2df4fb5d07c'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'resources'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a21eaf52c4874e5ba38519944a2f4063'
                        key: {
                            document_key: '00fc4096126a45cdbfde3ca86f342fa8'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'a2e8c63e934e435b88ba1812f7d741df'
                        key: {
                            cat_item: 'NULL'
                            variable_set: 'c43b80d6857f4a26bec1bc4f96f207ab'
                            name: 'subject'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'a34d0b70abec470299e258b4cded1670'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'catalog_resources'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3ca50933478401e883619fdcb662d70'
                        key: {
                            document_key: '50fe888ec6b94dc9a6ea1b6823cb2b84'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'a3d1f5ad391248e1a01088c5610b90da'
                        key: {
                            name: 'x_okta_jml.help_desk'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a3e9ba2620bc4fd8a8391cdb333945e4'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'anchored_at'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'a45f1895ba704e30adb3232473bd8a1b'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'approver_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a45fa761850e415893ba5aa1ffe42f45'
                        key: {
                            document_key: '6fbbc579aec8442f97ccb42e59fc552a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a5a8a6ef7852423ea00036570356f6f8'
                        key: {
                            sys_security_acl: 'b524e5d85fd84f08a6b8a5ca9866fc3e'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a5c01b7bdf9d4d66a2a90279f0abd03f'
                        key: {
                            sys_security_acl: '604cf03de49846a593a4c188aacf98f2'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a5ede9aa3c1649329b9608c6602233e2'
                        key: {
                            sys_security_acl: '08ae0caa5c044de69312ecef9c2fb870'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a630a50efb0248358db92765a0aa4e60'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '0608f14e71f64ef5a0183c46d968d47a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6b6d0ef43b7402fb0c473bb30a5ed51'
                        key: {
                            document_key: '7287fd2a1f6f4a8e84cff0114b95033f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'a6daa6d42c494c37a1233e0d3e9a5410'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a6fcc6cc94784a6da2424994dadc8176'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a73a5dcee2bd4f6a89373d7af85c93e4'
                        key: {
                            sys_security_acl: 'fff44e5ea0a340229f1eb2b4d749aa15'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'a7487364cd42410a916939cdede7cd9c'
                        key: {
                            model: '9ff1de5892024ea6a762f7dfc729a98e'
                            element: 'close_note'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a76cf9ccc5c74dd088d17c4470aa6448'
                        key: {
                            sys_security_acl: '11435b0e0fff4d43ab7ce10954655419'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7761a9138534f2386a7cbfe5c976d80'
                        key: {
                            document_key: '505a666bedfe46a4baff58e970a42606'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'a786d6e9efab4c4dbd0601257e52647d'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'a7c614ecc37a4b889420128db10adbc5'
                        key: {
                            cat_item: '3b4103ab006c4016bdeca951c85bc8b9'
                            variable_set: 'NULL'
                            name: 'grant'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a843507d6eed4b0e94fdddf3935cd461'
                        key: {
                            document_key: '8348ee847396471eb29b35f37c33d15e'
                            variable: '535cb5ab53233300f06fddeeff7b1247'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a86ca7ca1f014ac5b6732703984016da'
                        key: {
                            document_key: '7542a1cfc27f44a0ab6effec9b08484f'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'a87b9180cad34628845f2668063c876f'
                        key: {
                            cat_item: 'c566636203a34fd1af91af22034df277'
                            variable_set: 'NULL'
                            name: 'resource_permanent'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a881a2d0d1e847198fecf003f2173b7a'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'status'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a8e9b1cd31bc43d598c4bda015cdb817'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'groups'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a8f3937d530e4920a176cbc4f8cd6a63'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'outcome'
                            value: 'succeeded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'a915d7a3672e4047ac371252284e4b2b'
                        key: {
                            model: '121bb81370f14534bac0163f14f00b5d'
                            element: 'execution_id'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'a9a50cf04ba74558982ab3bf2039d665'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'aa2b286c091542b4b2a2394cb6745cfb'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'approval_levels'
                        }
                    },
                    {
                        table: 'sc_cat_item_category'
                        id: 'aa457e40089147d2a4ed22c70e6663e1'
                        key: {
                            sc_cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                            sc_category: 'fea38101f61e4a60be3c0442226bc2b1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa498a69e3cd4bd59c05d7fb34271ff4'
                        key: {
                            document_key: '713d60b288d74aa4a3cfeecfb2a7a953'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aae0e351aacd4d8593c0ad1eca5a2a09'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'last_requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'io_set_item'
                        id: 'aae3cec90ffb4afa8620a790ae5280a1'
                        key: {
                            sc_cat_item: '3b4103ab006c4016bdeca951c85bc8b9'
                            variable_set: 'b566756110cf4b11b4c7ae2bb12dd4e8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ab18d0d19a8145fb8b85ea8fd0c1a243'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'preexisting'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ab3cf5a5bc4948d5af014f87a1c0a159'
                        key: {
                            name: 'var__m_sys_hub_action_output_6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab981ff672204a18b5150c5ed311d63e'
                        key: {
                            document_key: 'fc9257f75531468bb37dccd6b4c3d218'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'abbbd911435549b6b96b69b61ce0aac2'
                        key: {
                            cat_item: '06d221874b894a63ab236483dab53273'
                            variable_set: 'NULL'
                            name: 'effective_date'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'abc3416d5d584463801605c2eed66ab5'
                        key: {
                            field: 'output'
                            table: 'var__m_sys_hub_step_ext_input_8ed584cbf3f1488f916978b48e095c20'
                            id: '8ed584cbf3f1488f916978b48e095c20'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac621c8f31c145eab010552f7b4d17ca'
                        key: {
                            document_key: 'b6a8ead53b014befab4d03f3115b027a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'acbb70c570cf4366af2beaadb3b60fc7'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'acc3dbff0a6e44c69302734197b651ad'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'status'
                            value: 'succeeded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'acec5f42ff0c4efaa6dd06525607d2ab'
                        key: {
                            document_key: 'a1a80b806fd44923b773ed2fe8d6a0b0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'ad0de9e1f27046c4a5520e7c0114579d'
                        key: {
                            name: 'x_okta_jml.onboarding_approver'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'ad1a03eb9ae74269a730231169c113ed'
                        key: {
                            cat_item: '11cf22507b074e23ad6c838ece6672f3'
                            variable_set: 'NULL'
                            name: 'leaver_mode'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'ad844dd5daa24179bec1ce6938457050'
                        key: {
                            sc_cat_item: '11cf22507b074e23ad6c838ece6672f3'
                            user_criteria: 'a7b68b5ecc994cb480423d47fb7b0848'
                        }
                    },
                    {
                        table: 'sc_cat_item_category'
                        id: 'ad9d143cae7e4e33bd714d2acf9d8f7e'
                        key: {
                            sc_cat_item: '11cf22507b074e23ad6c838ece6672f3'
                            sc_category: 'fea38101f61e4a60be3c0442226bc2b1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'adcbe7372d4f45f28ee4b5eae05af167'
                        key: {
                            document_key: 'bc99bb1c34964e5588832975f1bb8855'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'adf4498cec9b49eaa3a4799c8216756d'
                        key: {
                            document_key: 'ee7af9598a5b4fbb83de0bde69f9db7c'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ae5aadb89236478aaef69ef263b57746'
                        key: {
                            name: 'var__m_sys_hub_flow_input_b1b55597d9474aabbdf7ad65f7ee8918'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'ae8231d4ac7d4e1b8d462a1da037faaf'
                        key: {
                            model: '39c2a7c13df5451d8365a515cb7179ef'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'aef45429b67940039493610f87b07eec'
                        key: {
                            cat_item: '06d221874b894a63ab236483dab53273'
                            variable_set: 'NULL'
                            name: 'new_location'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'afc407e4578d46e680ee5b83ab40be48'
                        key: {
                            document_key: '487519a77876402d953fe3c44aeadfdf'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'b01668d3e4df4e2f8955bdb348269fb8'
                        key: {
                            model: '8ed584cbf3f1488f916978b48e095c20'
                            element: 'output'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b042268da9b4478f88a3e7b18a5ab3c0'
                        key: {
                            sys_security_acl: '45cefc48dca0463a84bee465bad36d83'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b08a9d2aa9e7407ca694254a927b102a'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'resource'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b095cbc1429944ebae434466b15baeed'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '46d71006c89548b7bac75b5bcc6696e4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b1375a096a334586bb4cefd7b0153982'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'approver_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b18edade0d9f4031b812bc9ccce0ce2e'
                        key: {
                            document_key: '6b95910776a544049b124ddcac2f86e7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b1b482ef83ba475ea9416f2adbf7f2c5'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'approval_required'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b1da45743c1645e3adfe2aab85ccbf43'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '7f887ae133f34d5690df46b8a2afcd5b'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'b23329281f69449f95efe6b9d3db7650'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'rehire'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b25545bc70f041deb3a3bb8dc5d434b8'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'location'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b2807c4ecbe749afa4cc9925194a71ae'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'approval_levels'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b2ecbee91d12404abcf31ac049edb923'
                        key: {
                            name: 'var__m_sys_hub_action_input_73d508d01c82439993c595d059662103'
                            element: 'execution_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'b329a7cc79ef40e2a345950124f5f837'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b352d7ac36bc40f3a4da0d21f3e16cd0'
                        key: {
                            field: 'summary'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b3c1e46ee2c048238a00ebeb9f0ae46a'
                        key: {
                            name: 'var__m_sys_hub_action_output_fc8336888f1f4222bdf0551befddcb0e'
                            element: 'recorded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b47fb9bdb2214e2287e6da533e8e0fc3'
                        key: {
                            field: 'flow'
                            table: 'var__m_sys_hub_step_ext_input_34f9418babdb414fa9ecd3212f40d1ad'
                            id: '34f9418babdb414fa9ecd3212f40d1ad'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b4c9978c97524fab8a3a3f85bd02df13'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'approver_user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b521813bb4aa42d0b43c79a5b8db6105'
                        key: {
                            document_key: 'eafa10c2fa2a4c9c9c8e4847884dc2f2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5df7bdf29284a5bbc0005f32e3dd6f6'
                        key: {
                            document_key: '9df28bc336bb44fda5ebc456064dfe16'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5f2e7af558549d48aa913001831a067'
                        key: {
                            document_key: '1fb1a3e770e94a2a8d2a6e5ae945dcee'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'b628f18ebc184b20b59bc6ee1f79da27'
                        key: {
                            model: 'c765d6f0056a4b9999377ed13ef3566f'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'b634f0a6420a4d0eb50620e697b0819e'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b687399c32be4c4cade4093b086637ad'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6b0078c150b43b280e129ca351f9b11'
                        key: {
                            document_key: 'f0e740e9348f4041be50afa51fb799a8'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b6dafc9ec59d481786090e797f46643c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '1040a7e6545c4750bb1cf8ad521abdb0'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'b6ddb64b8d75465dbdffb1048078b9c6'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'revoke_access'
                        }
                    },
                    {
                        table: 'question_choice'
                        id: 'b723ccceed944ea8978b819eaad30914'
                        key: {
                            question: {
                                id: '70988413619945a9823676183c300674'
                                key: {
                                    cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                                    variable_set: 'NULL'
                                    name: 'help_action'
                                }
                            }
                            value: 'unlock'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7e064b256cd47bda3e2d8110aface71'
                        key: {
                            document_key: '973ca014fc6b4bb586bef63f879b7695'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b7e6bb3840974a0da579e9b63c81e90a'
                        key: {
                            field: 'level'
                            table: 'var__m_sys_hub_step_ext_input_c765d6f0056a4b9999377ed13ef3566f'
                            id: 'c765d6f0056a4b9999377ed13ef3566f'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'b8212477de2542b7aeeffdd238996738'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'onboarding_decision'
                        }
                    },
                    {
                        table: 'sys_hub_flow_input'
                        id: 'b824b54633504657bd18fc6742230bf9'
                        key: {
                            model: '3ddc307f1c2648f287fdd9a62878bc1f'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b83f8bebad4c4da7966e378324774f7d'
                        key: {
                            document_key: '3946b4c73dff40118e80671cb2eb851e'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b8526dbefcba400aa3bdb82a61c64d7c'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'occurred_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b8686b2a1b6e4f4e8e2231ece5be9af2'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b879c8b4876a48a4b7e0e227946baf2d'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'b87a3561662d49ceb46723ba297efe66'
                        key: {
                            model: '6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8a3ef114fed4c43b8952bb1296e18df'
                        key: {
                            document_key: '4fd5ec8ec39441fc85ef32117b933240'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b8da61865f2a4f2faeea0d31133a6603'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'execution_id'
                        }
                    },
                    {
                        table: 'catalog_ui_policy_action'
                        id: 'b8eb696665eb461696ad14ec6cbecb26'
                        key: {
                            ui_policy: '91262ff0b1c047d496b11233e17527ab'
                            catalog_variable: 'IO:d493b4160f8643a38ea4cc095b8fdefb'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'b9119637a14444ab9f62f6edaa8b8130'
                        key: {
                            model: 'c765d6f0056a4b9999377ed13ef3566f'
                            element: 'level'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b927d9526e9e4532be265ee1daa98713'
                        key: {
                            document_key: '17355167788e4777a556707c13956e31'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b953cd692d57468b8682506cc7d6d19a'
                        key: {
                            document_key: '6a1875fc23a1478db2573143199b44e7'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b99f432f4b01459fa8c028533dd41c2f'
                        key: {
                            field: 'status'
                            table: 'var__m_sys_hub_step_ext_input_39c2a7c13df5451d8365a515cb7179ef'
                            id: '39c2a7c13df5451d8365a515cb7179ef'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b9d178f8658543c482838a3e56a3bb4c'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'visible_to_roles'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'ba19b26a083a48b3a285c16a59c6b8e1'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'first_name'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'ba20f2efa5b74cfa87acedb47cd6977d'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'baf5ae4978ff4313befefac92499b801'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'rejection'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bba3f71b50644ea59898c77a1a77c778'
                        key: {
                            document_key: '4fc905d1240d4e649bf7db6167edceaa'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bbc694d10dff44f2b6168f815ed07807'
                        key: {
                            document_key: '76eb7079c0984f3c80cb77a6bab0561e'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bbcb2efe42814a43b8796b2f52da4fc5'
                        key: {
                            document_key: 'c6483ddbca9345fb9190d27c2d3975a3'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bc19f19dcbfe49088867edda9315050f'
                        key: {
                            name: 'var__m_sys_hub_action_input_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc28d370edde43dcb26905c4a4795d6e'
                        key: {
                            document_key: '713d60b288d74aa4a3cfeecfb2a7a953'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: 'bc5454179bbd4cffa41fb599e700b7b0'
                        key: {
                            sc_cat_item: '3b4103ab006c4016bdeca951c85bc8b9'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'bc829679cd4544019df62bd8d4b1cc63'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'bcec759313f84747bfec7cc3f89ed9ec'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bd117b3c41f04be0bd37a74afd23a908'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bd1d3739cf2041fc81b70e7d86347277'
                        key: {
                            field: '__action_status__'
                            table: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            id: '169b50d5ef0a456fa5d120b3c95baa9c'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'bd8c4e0b1dbb4b18a3d76e0e944ea50b'
                        key: {
                            model: '8ed584cbf3f1488f916978b48e095c20'
                            element: 'close_note'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bd98794b26b142488f179c93460f8549'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'decision'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bdce7680ba7d4ecc8810e70ef42fe99e'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'be2f8e8c0a7943ba9c199498142ec62f'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'be5273c2d5a044fa973d0347630ee914'
                        key: {
                            sys_security_acl: '9e9435622d6449a5a3e4fcb83471f6f5'
                            sys_user_role: {
                                id: '67954577ff8b49eb9975e6f0e0caa408'
                                key: {
                                    name: 'snc_internal'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be8731c5a8e14cd4a2c2537efdc90c34'
                        key: {
                            document_key: 'df0ee1924fd5483e8833e2901da6bdf8'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'be9fbb277215475893321d15b980cf17'
                        key: {
                            sys_security_acl: 'd6e05b9223ac4b8b81dc16b1d69c822e'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bee4e36bd3e8487cbbc268bc5a97cd33'
                        key: {
                            document_key: '8348ee847396471eb29b35f37c33d15e'
                            variable: '7c5f6d2353e0220002c6435723dc34f6'
                        }
                    },
                    {
                        table: 'sys_hub_action_status_metadata'
                        id: 'bf31fb9c535d46319ba300be3213eaa2'
                        key: {
                            action_type_id: 'f013786c19094364a7b5b0d6a9293825'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bf92235d207d4d6d98b38317057aa3d7'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'bfc0e6119f0c488eafa70bfba2b32c27'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c004017dba7f4860bda94b6dbe714716'
                        key: {
                            sys_security_acl: 'b524e5d85fd84f08a6b8a5ca9866fc3e'
                            sys_user_role: {
                                id: 'a3d1f5ad391248e1a01088c5610b90da'
                                key: {
                                    name: 'x_okta_jml.help_desk'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c02010ee7980487d9e19ee05797614d5'
                        key: {
                            document_key: 'dc5f27d7a25d475e8bf747dbef9f364b'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c05eef19d1dd459ba2e637540c1963ee'
                        key: {
                            document_key: '3ec5dfb5bcb7400cbe9ebac495cd47b1'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c0a3c33a30554a72819897da0dc3f1eb'
                        key: {
                            document_key: '50fe888ec6b94dc9a6ea1b6823cb2b84'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'c0c525bafad74825985b9825cb8172d4'
                        key: {
                            cat_item: 'c566636203a34fd1af91af22034df277'
                            variable_set: 'NULL'
                            name: 'end_date'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c0e2bbdfecd144bd9009c94908e6de14'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c16c1d9864874f4aa32f9c7658336f76'
                        key: {
                            document_key: '3118bc1b91bd499e957b779c44d34ce6'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c1aaf607717549d7a386052babbedb27'
                        key: {
                            name: 'var__m_sys_hub_action_input_f013786c19094364a7b5b0d6a9293825'
                            element: 'idempotency_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1b83f10bcde43dfbc1cfa4b14e419f3'
                        key: {
                            document_key: '33318cac790448a6a903d98b385537ef'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_hub_status_condition'
                        id: 'c1bbbac7d5d44fc585dc32f0d9db8b69'
                        key: {
                            action_status_metadata_id: '1a3f1805e693406b881698851c0c4c30'
                            order: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1ff1d742da44d77893b34be130ef13d'
                        key: {
                            document_key: '55d2f30413264f0cbe9b3d20aab85576'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c235f815289d42a18c2c6d32e407c246'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2c527c73648439c8c7e713d1c3f9425'
                        key: {
                            document_key: '973ca014fc6b4bb586bef63f879b7695'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c2c569967e3a4efeadd4a0d742cb99e7'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c2da2f68843341f3873fc5d62c1531d0'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_step_ext_input_39c2a7c13df5451d8365a515cb7179ef'
                            id: '39c2a7c13df5451d8365a515cb7179ef'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c303fe197a17478eaf064ac46b3b0e0f'
                        key: {
                            document_key: '8348ee847396471eb29b35f37c33d15e'
                            variable: '334ea2f153212110248dddeeff7b1255'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c34761b8aecb4f4a88c9552f40caae1a'
                        key: {
                            model: '121bb81370f14534bac0163f14f00b5d'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'c36b9d3c19be466097133e18383c3850'
                        key: {
                            cat_item: '11cf22507b074e23ad6c838ece6672f3'
                            variable_set: 'NULL'
                            name: 'revoke_sessions'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c3b7d6a2fbf74e6b912bd052e90521d9'
                        key: {
                            name: 'var__m_sys_hub_action_input_fc8336888f1f4222bdf0551befddcb0e'
                            element: 'plan_text'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c3dd8870e4e541c695cbdd1a236b799a'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'c3e55add234849d0b9cb71b9afdcb4b9'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c4aa016c4ba547fd86e692de1514520e'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'b2f6ce9f00514d61a5ada3a5e084e996'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c4d86d61d6304b6990523b9c60facdbc'
                        key: {
                            field: 'output'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
                        }
                    },
                    {
                        table: 'io_set_item'
                        id: 'c4e3899923114a92b4f8036a05189c3a'
                        key: {
                            sc_cat_item: '11cf22507b074e23ad6c838ece6672f3'
                            variable_set: 'c43b80d6857f4a26bec1bc4f96f207ab'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c50bb1ecd44c4f66922a9afda7b13c65'
                        key: {
                            document_key: 'a96c67b4e0dd42c9a8145978f99d21b2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c50c3d28e1cd407da77f286956e0c5ad'
                        key: {
                            document_key: 'ea1b9e7005ce4024a9d60bc5bdfdcf61'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'c5393470e59947a28670999950c89e69'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c545c319be1f4201972c73d97f3a0814'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'requestable'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c595c90519924272a007108008a95972'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'io_set_item'
                        id: 'c5b1d7d48b2d456695e0b751bff6d91f'
                        key: {
                            sc_cat_item: '11cf22507b074e23ad6c838ece6672f3'
                            variable_set: 'b566756110cf4b11b4c7ae2bb12dd4e8'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'c5b4fcaface746b9aa344e5d18ca1a2a'
                        key: {
                            cat_item: 'c01bad60a2f149cc99fedf1e382e5f2a'
                            variable_set: 'NULL'
                            name: 'reason'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'c6061861334e4629aee76820fb1467d5'
                        key: {
                            cat_item: '06d221874b894a63ab236483dab53273'
                            variable_set: 'NULL'
                            name: 'new_department'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'c61f8966d6e54763b9f0a566fd8af7fa'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'mover'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6296fbeff90495c89c2b6ec72fa1891'
                        key: {
                            document_key: '4af888bbc5584233aeb85a56af343a16'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c63589e724c14c1491e16d12534ae44d'
                        key: {
                            model: '39c2a7c13df5451d8365a515cb7179ef'
                            element: 'plan_text'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c63e12273cd64972889656bc14c2244a'
                        key: {
                            document_key: '0ba9b763395a4decbbfa85ec0e41e247'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'c644288435834414bd961502d84cbb38'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'execution_id'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'c65e9d36dcab46b88e6749d0292da005'
                        key: {
                            cat_item: 'NULL'
                            variable_set: 'b566756110cf4b11b4c7ae2bb12dd4e8'
                            name: 'justification'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c66515520b73490aaf5c47050e79e3e5'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'help_desk_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6b9f3f045a849478e8a7b28304c6fd3'
                        key: {
                            document_key: '0f5a0f3f08774a62b62a787729a5b748'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7263a446c004e6cb3143298bb7a5b00'
                        key: {
                            document_key: '37b5f639576944b18caec8eb89d8f73f'
                            variable: '3eee292353e0220002c6435723dc343c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c73ad38a611f4586942a2740ef2dafac'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'apps'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c861a1c5a47245ccaa6a07c79f317dd6'
                        key: {
                            name: 'var__m_sys_hub_action_input_6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: 'level'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c8822703d108481f98c77bfa58891553'
                        key: {
                            sys_security_acl: '9798fae1403e4b3aa156195a5cd018d4'
                            sys_user_role: {
                                id: '74f4e025901b4508a33c30ce730cec20'
                                key: {
                                    name: 'x_okta_jml.approver'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c9117d13891d4aa9a33f8f9b16f48411'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'help_desk_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c9180541f30e49a386ec43c6ec7af55f'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c91943adea444a6f812454f66bab0cdd'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'okta_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca0c0de66ce048808b7232ad44388325'
                        key: {
                            document_key: '574963c9aafd4471976833cf20e9bf0e'
                            variable: '3eee292353e0220002c6435723dc343c'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: 'ca0ccf3b26314fc883f1196f394265a2'
                        key: {
                            sc_cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ca2ddc37d77a4d17a212e517ce9773d2'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca34d8c3795b4d0fb7b4a81b6526139e'
                        key: {
                            document_key: 'dc5f27d7a25d475e8bf747dbef9f364b'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ca4ce15e66d04bff87ae91e284346432'
                        key: {
                            name: 'var__m_sys_hub_action_input_73d508d01c82439993c595d059662103'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'caa6da342b334ee1ab54ffbb1bbbb965'
                        key: {
                            field: 'payload'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'caa9d29e656e49b7810e0351028711d5'
                        key: {
                            document_key: '3118bc1b91bd499e957b779c44d34ce6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cab046ec17184cb98bbe9a955acfb5b3'
                        key: {
                            document_key: '775ae5c190594ab6a55af0a706241bf8'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cabf9333de854ed583f5d0fc81994868'
                        key: {
                            document_key: '973ca014fc6b4bb586bef63f879b7695'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cae8560c812742abbd447f8d9c722f96'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'last_requested_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb7f8ac85add416fb219b3488806ff92'
                        key: {
                            document_key: '13a6031e1ff64d52825436cfba7aac25'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cbbb267f64ea43f983f02687ab956e1c'
                        key: {
                            document_key: 'a1a80b806fd44923b773ed2fe8d6a0b0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc15fc582db74c22af995840fe1a93a2'
                        key: {
                            document_key: '3ad72bcafaef44e6b8c1fcb9e1dd33a8'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc4269959e4c4241b8c87ea696842c2f'
                        key: {
                            document_key: 'e5d5f8c2bcba44b2a6144e660e149c66'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cc9da2c46d2d4171a5c20c64cc136c39'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ccaedcbde3524047a6920054b9f3ba82'
                        key: {
                            document_key: '49f51f1e182f43ee91bb84c76f152300'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cd1ea8c4b3d148c4a2a2afa9a95ee789'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cd7b289693d040bfacb9e7417e711eae'
                        key: {
                            field: 'requested_item'
                            table: 'var__m_sys_hub_step_ext_input_39c2a7c13df5451d8365a515cb7179ef'
                            id: '39c2a7c13df5451d8365a515cb7179ef'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd80cf001e4b483f80268d76d66c98d0'
                        key: {
                            document_key: 'c12c3254be194a7084471a026bcb4165'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cdaa9e9c48334dfaaf51cff001670380'
                        key: {
                            field: 'requested_item'
                            table: 'var__m_sys_hub_step_ext_input_7542a1cfc27f44a0ab6effec9b08484f'
                            id: '7542a1cfc27f44a0ab6effec9b08484f'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'ce2441d62aab42919a37b9f5f2c3c1bf'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'approver_1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce33f72587464ab69e59b8974ed9582a'
                        key: {
                            name: 'var__m_sys_hub_action_output_73d508d01c82439993c595d059662103'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce5da466827240258e9fc401081b9a66'
                        key: {
                            document_key: '8b6b8b606ec048f5abf65218e29d4e72'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce74ccb258634586ba380bdb15024b4c'
                        key: {
                            document_key: '37b5f639576944b18caec8eb89d8f73f'
                            variable: '51547e3953212110248dddeeff7b126b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce7b4c9f44eb4498b12d368ad0231f50'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'department'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cea39592a1144542a3e530fb9c3a4a24'
                        key: {
                            document_key: '5c5d307b017344f19464d284dbd7555a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cee7cd63faab481e852907719a34a337'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'flow'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cef68778c088485eabea039470a0d33a'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'execution_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf1225204f094e1dadd8f781db4bbe5c'
                        key: {
                            document_key: 'a1a80b806fd44923b773ed2fe8d6a0b0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd026d1cc0ee24377b01a7bace1c81c4b'
                        key: {
                            model: '73d508d01c82439993c595d059662103'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'd074b7a2b7624ddfab7d9e8db7d439b4'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'department'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd07a533bd7fe4435bac3b9bb2fbb044d'
                        key: {
                            document_key: '713d60b288d74aa4a3cfeecfb2a7a953'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd09500a36e7445f9be5e600d7a0d6c7d'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'retryable'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd10e3cf1ceb04131a26ca69424aa3ea8'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'd169cd5bd1e14a79bbbdc2715601282f'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'flow'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd1abcc64eb2244e98319261dd51b9ea7'
                        key: {
                            document_key: '11b7873f0bf6401e8ccdebbd67d15b8f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd1bb819c23eb43c2b4db7a04c822dbf1'
                        key: {
                            field: 'approver_1'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd1e5af96807743d080e0a558d6e0e999'
                        key: {
                            document_key: '1fb1a3e770e94a2a8d2a6e5ae945dcee'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd20812b4118b488daf71a6ffbe158862'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'title'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2b4f5443ee748b59709747d5558b33c'
                        key: {
                            document_key: '50fe888ec6b94dc9a6ea1b6823cb2b84'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'd2e1d0cf05394232a94dba00c1bfea14'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'leaver'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd34d7c95f59545cd86fd995ca1a403c1'
                        key: {
                            document_key: '8676292b657d495e8d579bbafb08b336'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd3aa7040cda747578691dcc89265d0f7'
                        key: {
                            name: 'var__m_sys_hub_action_input_9ff1de5892024ea6a762f7dfc729a98e'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3b4c04ba9f14cb0b59d6b767bc05d95'
                        key: {
                            document_key: '5c5d307b017344f19464d284dbd7555a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd3e44c23269c477ba68781b793fc1878'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'justification'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3f95d21d88a433fa29e27ab3866060c'
                        key: {
                            document_key: '95e944ac41d9465aa49f2fba52396a77'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'd455f7f1441941fe80aedd0725d998a1'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd480d3dafd864af5ac49fa6c20fa89f8'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'd493b4160f8643a38ea4cc095b8fdefb'
                        key: {
                            cat_item: 'c566636203a34fd1af91af22034df277'
                            variable_set: 'NULL'
                            name: 'direct_report'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd4a06004372b4628b5a8c329c432c789'
                        key: {
                            field: 'approver_2'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4c39f9f2a074f2e88adce8828b880bf'
                        key: {
                            document_key: '0bc68a54a21a480aad4005d8148d0b5f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd4df0aa3a7ae477ca279ef4287e4bb00'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_step_ext_input_121bb81370f14534bac0163f14f00b5d'
                            id: '121bb81370f14534bac0163f14f00b5d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5064f8984614660a3af9a43d7992d9e'
                        key: {
                            document_key: '4fc905d1240d4e649bf7db6167edceaa'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5214e1e4a9840b19f79b4be772dea8b'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd54f83c32c4b48b7ae6aafa9610012c9'
                        key: {
                            sys_security_acl: 'ea3a85c5a5e74697a41559d49d6e04a3'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5b60765afef49c58dec8c3a40defaa6'
                        key: {
                            name: 'var__m_sys_hub_action_input_fc8336888f1f4222bdf0551befddcb0e'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5e65de8cc06409b8534e1c8f6ffc902'
                        key: {
                            document_key: '6b95910776a544049b124ddcac2f86e7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'd5f984ab29a94c9bba564beced83dd2c'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd67eed1bb257405ebede748599596659'
                        key: {
                            sys_security_acl: '7016599630c249f1833ed08bbe8bc2d4'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd6bd20a0d5f944b982e756316056eb2e'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'summary'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'd766882d55b84d718b56442c355404b0'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'reset_password'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd7b46cb6014d4ee3afb0b6f0ee36607c'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd7cfd774cc954ab491793c84ecdb8514'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd83497b6e7f04da698252849b5a6de62'
                        key: {
                            document_key: '487519a77876402d953fe3c44aeadfdf'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd837e5765bc8407cb2ef73f7a2a07a2d'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'plan_text'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd845c80a9c334198b3bdc841da15ca2b'
                        key: {
                            document_key: '756aaf9d60824780af8ab7a8a049a13c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd89a6c3fdf1b41afb8ac8b4e17714fe9'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'max_duration_days'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd917b655792e4cf7b548e0e22be0ebf8'
                        key: {
                            document_key: 'ee7af9598a5b4fbb83de0bde69f9db7c'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd93a9eb45bfa493fac3fc02d499fe0c3'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd9619db1f53748a1802bd51ccd4f0b99'
                        key: {
                            name: 'var__m_sys_hub_action_input_73d508d01c82439993c595d059662103'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'da523f9e5a20464b898306577a61a2c8'
                        key: {
                            sys_security_acl: '628a97dff93d4c3daf254224692dcda5'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'da92d193f8d84c90b352fa069d18c8f8'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dac9c08c800b460eab33f8ff04866cd7'
                        key: {
                            sys_security_acl: 'ea3a85c5a5e74697a41559d49d6e04a3'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'db5e737588ee4c24ba142eba12b9c225'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'permanent_allowed'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dbbe8713f6b84e2aa453e7603f6577bb'
                        key: {
                            name: 'var__m_sys_hub_action_output_73d508d01c82439993c595d059662103'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'dbee10bc3aa14ad6aef3785fd5dfedc8'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dc387c9b4bc24e569bc09eab68f30275'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc441aa9d5ba48c1ab964af2dda4e9d6'
                        key: {
                            document_key: 'a96c67b4e0dd42c9a8145978f99d21b2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc631842af7f4a419a5c46d5a9ca132d'
                        key: {
                            document_key: '39c2a7c13df5451d8365a515cb7179ef'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc9e967dfd9a45898ede531db2b6649c'
                        key: {
                            document_key: '37b5f639576944b18caec8eb89d8f73f'
                            variable: '535cb5ab53233300f06fddeeff7b1247'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dcd91f95433e4d3d8f77c705853ee134'
                        key: {
                            document_key: '7542a1cfc27f44a0ab6effec9b08484f'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'dcf5591b5edb4acb9ee073d69dd65fe7'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd537867592e45c4b3561177d760fde4'
                        key: {
                            document_key: '95e944ac41d9465aa49f2fba52396a77'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ddc74a8edcc4461fa5789999d9842de9'
                        key: {
                            document_key: '7a12fc0c151d484fb03754ffe1d4d43b'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dea63151569c4c53a84e9f015a8b6f31'
                        key: {
                            document_key: '121bb81370f14534bac0163f14f00b5d'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dec9d73a698d4427911631970df3b877'
                        key: {
                            field: 'note'
                            table: 'var__m_sys_hub_action_output_6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            id: '6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'df2cd11dabe145b6b677076991c1ed45'
                        key: {
                            field: 'help_desk_group'
                            table: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            id: '7700817e2a424f51b33fac0f1f82ee88'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'df6e3d58926842cb90b4ba784f8bad9c'
                        key: {
                            name: 'var__m_sys_hub_flow_input_3ddc307f1c2648f287fdd9a62878bc1f'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'df9a8dff01f3417495517f9cc0d07352'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'employee_number'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dfc4f3d0825f4d4097f194d5c625d68d'
                        key: {
                            name: 'var__m_sys_hub_action_input_fc8336888f1f4222bdf0551befddcb0e'
                            element: 'flow'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e061ef4997144191b29c2f8387e592a0'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'e075d129a88942c7a2ea0539bacaa762'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e083be7707b24818b4ea193b104bead1'
                        key: {
                            document_key: '7f887ae133f34d5690df46b8a2afcd5b'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e08dd6a70d81408da6b88c50451d6dc9'
                        key: {
                            document_key: '4e09d5fd909a454693f08afc90fb1452'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e0a441b45dfa494297a95d6b8aa1aa61'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'd029ed2798fc437fb1c520878e6184d6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0e1b699f8df42c5af7937088415dcaf'
                        key: {
                            document_key: '51c0069202ef4421bcf9b016ca531dc7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e11e2331be844a0fa1f44a9e8c94721b'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e1b309c3fb3442208f817817ef3bcfb3'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e1e6046ed60f4a67b68a68d444c94d54'
                        key: {
                            model: '121bb81370f14534bac0163f14f00b5d'
                            element: 'tracked'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e1fdc62ea6c84b1abceb9be5c90ee8d8'
                        key: {
                            field: 'requested_item'
                            table: 'var__m_sys_hub_step_ext_input_456acd6b05444f9a8af304364f37f742'
                            id: '456acd6b05444f9a8af304364f37f742'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e215de7cafdb4884b3b217eb5c8502c8'
                        key: {
                            document_key: '3946b4c73dff40118e80671cb2eb851e'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'e216f45ac6a9461bafe6471e7634739d'
                        key: {
                            model: '121bb81370f14534bac0163f14f00b5d'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e24b78a91bf34321aa867a18f9241cd1'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'status'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e3139a65868e41669f058abc05c7e7ce'
                        key: {
                            field: 'execution_id'
                            table: 'var__m_sys_hub_step_ext_input_39c2a7c13df5451d8365a515cb7179ef'
                            id: '39c2a7c13df5451d8365a515cb7179ef'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e348889af07244cda3119928f7516136'
                        key: {
                            document_key: 'f50bf30f94c9459b8b4f2b5b88417d96'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e352027886b04714ad187bd4af290276'
                        key: {
                            document_key: '739809e785bc446e903baeb3c4a41abd'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3683e19a3984144afef84582797f21a'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'permanent_allowed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3975756089d4cbeb37b8e6fd05f896c'
                        key: {
                            document_key: 'bc99bb1c34964e5588832975f1bb8855'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'e3a182c0e45648678b7432941089fe6a'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sc_cat_item_category'
                        id: 'e3a537e8b7f646f3a648099d9b84264c'
                        key: {
                            sc_cat_item: '06d221874b894a63ab236483dab53273'
                            sc_category: 'fea38101f61e4a60be3c0442226bc2b1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3e523401c7944e48fca84e3784b9054'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'target'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3f6fef3360f48e2918eec352c2a566e'
                        key: {
                            document_key: 'ee7af9598a5b4fbb83de0bde69f9db7c'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e409c96cb7af4897a34a47d886163c9d'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'status'
                            value: 'revoked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e411fc5de1ff44628142a5ee9bf85ed8'
                        key: {
                            name: 'var__m_sys_hub_flow_input_3ddc307f1c2648f287fdd9a62878bc1f'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4428d43b2734529b112a541f5d74bd6'
                        key: {
                            document_key: 'dc5f27d7a25d475e8bf747dbef9f364b'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e45931e4fb314415b338c31ff69339ab'
                        key: {
                            document_key: '12a26fd869074f3a9657c34e099b561a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e491f223c7f94fbab472aeef469a24ed'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: 'e4a197a0426d4b3d8879069ad049896a'
                        key: {
                            id: 'x_okta_jml_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4c699bfe0094df196a08eff631c0a6f'
                        key: {
                            document_key: 'db2a8e9fc05f435f9c68de595ea59b04'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e4e2b3bc32754abdb3dc31eb6278f096'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'expires_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5bac12cd7914d62bfd26a9c0c77ddb6'
                        key: {
                            document_key: 'f74785375c4849f985f1688eb7a08e19'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6369eebc0604bff8690ce662a84d976'
                        key: {
                            document_key: '4fc905d1240d4e649bf7db6167edceaa'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e65b7d3ac6804c69b73c4ef6480082ff'
                        key: {
                            document_key: '8e3f40f06157490c8a78efe58d9bcd32'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'e6aa764ec4974280b6d4d72f729941e3'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'plan_hash'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6b686439c774a6da3d1b315228f76a1'
                        key: {
                            document_key: 'fc9257f75531468bb37dccd6b4c3d218'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e70d9eb65a4241bbb2fa1a30e178a05c'
                        key: {
                            name: 'var__m_sys_hub_action_output_6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e7419d19f740428bbd44b5053f5cb3ca'
                        key: {
                            field: 'idempotency_key'
                            table: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            id: '7700817e2a424f51b33fac0f1f82ee88'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e797906895fc4e6eb7b5eceeda995eb8'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'bba05384815141a5b3a1a71f28ee479e'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e7e498e53ea846388c7a8a286e72907b'
                        key: {
                            sys_security_acl: '26ba682fd045477a899860107cbbfdcc'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e7f4c1ca7f2c407f8e92d6a46b39c348'
                        key: {
                            field: 'plan_text'
                            table: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            id: '169b50d5ef0a456fa5d120b3c95baa9c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e85b678782e04c64ad9d0f1ec6e05565'
                        key: {
                            document_key: '954d9a5f220a425c95805fda1f72d225'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: 'e8ce218d56d24553b7ae483093d4afee'
                        key: {
                            sc_cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e8d688a36ec443008952d30a3fb6accf'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8e25ff245194324b70ccf8bb3049f74'
                        key: {
                            document_key: '62d0d99c61e14cb2afa68b2c41a8ff3c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e962276e2aed49c99d614d20dd41bc95'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'e9a3af19e015487d94874e65ac23dacd'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'email'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'e9de81e22856485eb09b6b35ca6cf8ad'
                        key: {
                            model: '6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: 'note'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ea07a7bd10624e2caf28f1307b7452d0'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ea59a1fdbbee4c51a09b83e51277d0cc'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'okta_request_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea74d76244954ec6b18014a3f1c987ac'
                        key: {
                            document_key: 'e5e3f06457eb4e378a04f8cbb58693e3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eaf68a3f554f4dbca0dcbdcad892aa89'
                        key: {
                            document_key: '713d60b288d74aa4a3cfeecfb2a7a953'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'eb0f0eaaa3d94db6a82672e3944cd438'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eb58ede7c5d149ff846c85e90624bf25'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '6a1875fc23a1478db2573143199b44e7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ebd7314530a44a8980f0ca6952042e68'
                        key: {
                            document_key: '121bb81370f14534bac0163f14f00b5d'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ebdcf4e275cd48168936dbc150551a64'
                        key: {
                            document_key: '8348ee847396471eb29b35f37c33d15e'
                            variable: '3eee292353e0220002c6435723dc343c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ec61ed46941f4ddd844963d01de593a9'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'f0e740e9348f4041be50afa51fb799a8'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'eca8ae9ea65e4d609e1485b2215e4f16'
                        key: {
                            sys_security_acl: '1c530bcedbc24b2289a4d918c2f65c56'
                            sys_user_role: {
                                id: 'ad0de9e1f27046c4a5520e7c0114579d'
                                key: {
                                    name: 'x_okta_jml.onboarding_approver'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ecfea8726fb4417b9afb0126aa70892c'
                        key: {
                            document_key: '00fc4096126a45cdbfde3ca86f342fa8'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed14f4dd66d94c0eb0195caf31bfc8f4'
                        key: {
                            document_key: 'c765d6f0056a4b9999377ed13ef3566f'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eddff171806e4613af9f2a656fe4c6e5'
                        key: {
                            field: 'execution_id'
                            table: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            id: '169b50d5ef0a456fa5d120b3c95baa9c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ee0b247d21314e638d22a38a46ae2e34'
                        key: {
                            sys_security_acl: '928804b26cba4ab6a280d84655a9a28d'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee1ab1e6d838432a8c33acbbd729073c'
                        key: {
                            document_key: '0f5a0f3f08774a62b62a787729a5b748'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'ee425f06627d415e918bb6cce4cb80e9'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'ee6848e03c8a444d87022ce3120165e7'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef81e0dd98ef421d899acfa0d90b6997'
                        key: {
                            field: 'ticket'
                            table: 'var__m_sys_hub_step_ext_input_34f9418babdb414fa9ecd3212f40d1ad'
                            id: '34f9418babdb414fa9ecd3212f40d1ad'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f00e172339054e33bbc63604ff3e1248'
                        key: {
                            sys_security_acl: '628a97dff93d4c3daf254224692dcda5'
                            sys_user_role: {
                                id: '8e68d7935d344f7baeeff3a10ef2d464'
                                key: {
                                    name: 'x_okta_jml.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f01bd083b6834c2dab8bf64cf1eb8494'
                        key: {
                            name: 'var__m_sys_hub_action_input_fc8336888f1f4222bdf0551befddcb0e'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'f032722d34b3497a88ded089510d6059'
                        key: {
                            cat_item: 'c566636203a34fd1af91af22034df277'
                            variable_set: 'NULL'
                            name: 'access_for'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f08f6384679a4ed9bf6d2ee95025ff93'
                        key: {
                            document_key: 'f0e740e9348f4041be50afa51fb799a8'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f09b5b0710d64d2081fb4ec1e21f444a'
                        key: {
                            name: 'var__m_sys_hub_action_input_73d508d01c82439993c595d059662103'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f11f215cf7e84a9e935c1f01b833fee3'
                        key: {
                            name: 'var__m_sys_hub_action_input_73d508d01c82439993c595d059662103'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f168ef5553d0446f9cfa30625a3087b6'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f19013b699244cf5b13ff6afa4f0626d'
                        key: {
                            field: 'idempotency_key'
                            table: 'var__m_sys_hub_step_ext_input_ec3762dd060f403d873b8e57c696170e'
                            id: 'ec3762dd060f403d873b8e57c696170e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1e2dc650aa14dd891abca8188f27af9'
                        key: {
                            document_key: '7a12fc0c151d484fb03754ffe1d4d43b'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f1fdc216f28c4f4689b6a63e5a856887'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'decided_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f20a16c68e374905b18cc8d4251272df'
                        key: {
                            document_key: '713d60b288d74aa4a3cfeecfb2a7a953'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'f25276fc0ffd4caabda00d3af4b85d44'
                        key: {
                            sys_ui_action: '0959cf27e3024a67a45246b5b9b33b81'
                            sys_user_role: {
                                id: 'a3d1f5ad391248e1a01088c5610b90da'
                                key: {
                                    name: 'x_okta_jml.help_desk'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f290f44ea84c4b29ae0a341d46ca4d30'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f2b8a546b61a46c5a1c67ea09b6f0d23'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'resources'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2bc640109f7438ca31398a6f462f9ba'
                        key: {
                            document_key: 'bba05384815141a5b3a1a71f28ee479e'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'f2c447ba580a4a8b969ab87e86df71d4'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'unlock'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2c90a1d4af640c1b489121c2ef2f4ea'
                        key: {
                            document_key: '4fd5ec8ec39441fc85ef32117b933240'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2e943784cbe47ffad40605671e66c25'
                        key: {
                            document_key: '33318cac790448a6a903d98b385537ef'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'f347b58596634ee9ab72b7a6f9c78dcd'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'last_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f351435764354bd19ff505c83c1be496'
                        key: {
                            field: 'plan_text'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f35c51698c0346d7b4efa63a1f086092'
                        key: {
                            document_key: '1040a7e6545c4750bb1cf8ad521abdb0'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f388cc2b61ae4070b54a26ad675304d4'
                        key: {
                            sys_security_acl: '3d5dfbd3651c415b92c6829a43f58030'
                            sys_user_role: {
                                id: '74f4e025901b4508a33c30ce730cec20'
                                key: {
                                    name: 'x_okta_jml.approver'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f3e8cb1e3b6249e0b62f949dc47eec26'
                        key: {
                            field: 'close_note'
                            table: 'var__m_sys_hub_action_output_9ff1de5892024ea6a762f7dfc729a98e'
                            id: '9ff1de5892024ea6a762f7dfc729a98e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3ed7d8ccc8741e7932ecc83d3271cc2'
                        key: {
                            document_key: '0c88c90e018147b29f839a78c857dee7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'f49523ecb9f04f508f1cf8f0e233c7e0'
                        key: {
                            model: 'c765d6f0056a4b9999377ed13ef3566f'
                            element: 'note'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f4c10b35492f4101a0e2a31e834495e3'
                        key: {
                            name: 'var__m_sys_hub_action_input_73d508d01c82439993c595d059662103'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'f538344b6104482db18750fefc0d6405'
                        key: {
                            cat_item: '11cf22507b074e23ad6c838ece6672f3'
                            variable_set: 'NULL'
                            name: 'last_day'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'f5bd8928d5bb40e698197e2e0f665dac'
                        key: {
                            model: '9ff1de5892024ea6a762f7dfc729a98e'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f615d01ab70e485ea76114409c10b84a'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6839b58ee184ef4b1880841009ff9e9'
                        key: {
                            document_key: '3ad72bcafaef44e6b8c1fcb9e1dd33a8'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f68796a9926649a692a83887cbdf3318'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f6a038289a4047af92be5f166af91249'
                        key: {
                            sys_security_acl: 'e8fa7063180342989ef92f53c76c0d76'
                            sys_user_role: {
                                id: '4360a0ee697749f7aab7c8c707857503'
                                key: {
                                    name: 'x_okta_jml.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6c7b3c8fd7041a99df68358bcc3c1f7'
                        key: {
                            document_key: 'e2ea868b7d51406285c3be31f8377fff'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'f6f583b25a49402683cc2687643412ac'
                        key: {
                            model: '9ff1de5892024ea6a762f7dfc729a98e'
                            element: 'output'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7259da8eb55487dae87ff986ba65d84'
                        key: {
                            document_key: '739809e785bc446e903baeb3c4a41abd'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f75ee98dc91c4d78a77df589796019ef'
                        key: {
                            document_key: '76eb7079c0984f3c80cb77a6bab0561e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'f76c1c0c4fff4b238b194bac97efa767'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'f826e4174ed54624969e146de9ddab76'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f85bf84fad2b4525b896895853a6acc7'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'status'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f86a4c3cd1034e92999fa1e9525ad604'
                        key: {
                            name: 'x_okta_jml_audit_anchor'
                            element: 'first_seq'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f86a87122b2e405b9a8e92ca5df83848'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: 'execution_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f888a6b9e5074524b61ed7c087a333cf'
                        key: {
                            document_key: 'e5e3f06457eb4e378a04f8cbb58693e3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8edb8ba89d84e01bf3f380b0a792ce3'
                        key: {
                            document_key: 'df0ee1924fd5483e8833e2901da6bdf8'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8f2fa4b65f44252b0c791cc90e8fd6b'
                        key: {
                            document_key: 'b964be8f637b424c8c451934da69e5e5'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8fffff99c8541e685e225325ef0f255'
                        key: {
                            document_key: '574963c9aafd4471976833cf20e9bf0e'
                            variable: '7c5f6d2353e0220002c6435723dc34f6'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'f91d1c4ef7514169ad99974bed3c31d5'
                        key: {
                            model: '456acd6b05444f9a8af304364f37f742'
                            element: 'summary'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f9c41962fef64c4bad8086059d3e10bc'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'output'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'faab00e104494d639748ce61bdb0cd5a'
                        key: {
                            document_key: 'c12c3254be194a7084471a026bcb4165'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fabd9219bf5644af82091c2349f456bb'
                        key: {
                            document_key: 'd90ef367f8564a399751b4847d221829'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'fac27d8d86b3474e802682ffa695af66'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'help_desk_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fad0baad912c43908501c6573e1ac6b5'
                        key: {
                            document_key: '7f887ae133f34d5690df46b8a2afcd5b'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_hub_flow_input'
                        id: 'fad43449f4c74be791148918a0e54b86'
                        key: {
                            model: 'b1b55597d9474aabbdf7ad65f7ee8918'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'fb09cc7cfefa436491e573ac3f6d08ed'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fb1e28a26a21456ca64a52b6f1ba42b1'
                        key: {
                            name: 'x_okta_jml_bridge_call'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb47e33cae564d2bb4964f4ee3cc6e1a'
                        key: {
                            document_key: 'e1fb1bb11cd94dd38dde0f3b8a30ae4e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fbccca5de57840e8bd9a543a2f25f4b2'
                        key: {
                            document_key: '00fc4096126a45cdbfde3ca86f342fa8'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc2d2cd120234560a021c3fd499fd754'
                        key: {
                            document_key: '0608f14e71f64ef5a0183c46d968d47a'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fc5976f5fd304c4484ad6cad93ad5126'
                        key: {
                            name: 'var__m_sys_hub_action_input_fc8336888f1f4222bdf0551befddcb0e'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'fc5afb9458ef4e80aa9ee030e33ec136'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'output'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fcb55a516def44bc8b1f835e40009829'
                        key: {
                            document_key: 'a1a80b806fd44923b773ed2fe8d6a0b0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fce5609acdd444f9919ca437d15fdcf8'
                        key: {
                            document_key: 'f0e740e9348f4041be50afa51fb799a8'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fcfe9638740848a5967c23e6d5523d7d'
                        key: {
                            document_key: '95e944ac41d9465aa49f2fba52396a77'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd3330e59e874ab19fdbd0b7072737f3'
                        key: {
                            document_key: '1040a7e6545c4750bb1cf8ad521abdb0'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fe5bfca2622f4f6ea31c99b2e16ae6a4'
                        key: {
                            name: 'var__m_sys_hub_action_input_f013786c19094364a7b5b0d6a9293825'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe99c018591842908ddce0908c4a5108'
                        key: {
                            document_key: '574963c9aafd4471976833cf20e9bf0e'
                            variable: '535cb5ab53233300f06fddeeff7b1247'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fea1a15a593848099d2c6416d5b212f3'
                        key: {
                            document_key: '0ba9b763395a4decbbfa85ec0e41e247'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fee2395803304b918523543a524aab81'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '5821dd9b828146948edb1ca76f8f60b1'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ff0f50cbc817454bb7277a77a0abf043'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'db2a8e9fc05f435f9c68de595ea59b04'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff23eee3f1ec470cac9d1dfdeac6f379'
                        key: {
                            document_key: '4fc905d1240d4e649bf7db6167edceaa'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff62e98c61d14f3ab37b473e53bbb55f'
                        key: {
                            document_key: 'a96c67b4e0dd42c9a8145978f99d21b2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffb40e21d10741068daeee5f64cb2a86'
                        key: {
                            document_key: 'd90ef367f8564a399751b4847d221829'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffc310b459cb4e30b735c8359d8aecba'
                        key: {
                            document_key: '9500c72e7fc04542931e73eadf1ef671'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fffe45cdb3cc45008f751550181d9fab'
                        key: {
                            document_key: '614d4c199dc9460d8cbc185975ecbf01'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                ]
            }
        }
    }
}
