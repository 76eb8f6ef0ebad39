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
                    alias_okta_jml_bridge: {
                        table: 'sys_alias'
                        id: 'c7b2724e9a1249d9ba498ac66130f3f3'
                    }
                    atf_payload_builder: {
                        table: 'sys_atf_test'
                        id: '9fd4a8ab783b448182e390a4c636e554'
                    }
                    atf_payload_builder_script: {
                        table: 'sys_atf_step'
                        id: '8e3f40f06157490c8a78efe58d9bcd32'
                    }
                    atf_rest_message: {
                        table: 'sys_atf_test'
                        id: '22ce48a599ca410fa630bf7f07466fc1'
                    }
                    atf_rest_message_script: {
                        table: 'sys_atf_step'
                        id: '3118bc1b91bd499e957b779c44d34ce6'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'faa6f83201544e248ce65cfd6dc41511'
                    }
                    business_rule_no_self_approval: {
                        table: 'sys_script'
                        id: 'b17fc894fe6b4614868fcf08ea788713'
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
                    cross_scope_incident_read: {
                        table: 'sys_scope_privilege'
                        id: 'baadfd919f3d413cb0e4f813b5a34991'
                    }
                    cross_scope_incident_write: {
                        table: 'sys_scope_privilege'
                        id: 'b1d35c2c16c44c92bb16b0b00badb900'
                    }
                    cross_scope_sys_choice_create: {
                        table: 'sys_scope_privilege'
                        id: 'e47c60a9a6924b6da285fe075943754b'
                    }
                    cross_scope_sys_choice_read: {
                        table: 'sys_scope_privilege'
                        id: 'ad7f1e6af91f49f2b17ce24419edc6e5'
                    }
                    fix_script_onboarding_incident_choices: {
                        table: 'sys_script_fix'
                        id: 'c90a513305ce42adb4368b014f1fd693'
                    }
                    flow_account_help: {
                        table: 'sys_hub_flow'
                        id: 'e9aec5e9ad2944b08842251f1944f319'
                    }
                    flow_account_help_build: {
                        table: 'sys_hub_action_instance_v2'
                        id: '6111fc1305dc40469a54d1a0e8b90462'
                        deleted: true
                    }
                    flow_account_help_close_complete: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'a5af7536c5bf49d1a9699959d848e426'
                        deleted: true
                    }
                    flow_account_help_close_skipped: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'e11508f4ce7b43f9b78b4918b83b3236'
                        deleted: true
                    }
                    flow_account_help_if_invalid: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'd96a9a88a58b4040b97df2dd62b62a39'
                        deleted: true
                    }
                    flow_account_help_if_invoke_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'df1970a203c54348a21224de44aee27f'
                        deleted: true
                    }
                    flow_account_help_if_plan_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'a2bbb40d59e9455e90beecaf95faab10'
                        deleted: true
                    }
                    flow_account_help_if_skipped: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '2b478818f3694198afcbbeabc47b6b7e'
                        deleted: true
                    }
                    flow_account_help_if_succeeded: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '81f4bf3ef42d4fe9894487ab93243a97'
                        deleted: true
                    }
                    flow_account_help_invalid_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '49d488317cf94accb14c48ec5a452872'
                        deleted: true
                    }
                    flow_account_help_invalid_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'f3af3e63271a401187e089495a0db436'
                        deleted: true
                    }
                    flow_account_help_invalid_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: '452516312ff24247856bb303c367a56f'
                        deleted: true
                    }
                    flow_account_help_invoke: {
                        table: 'sys_hub_action_instance_v2'
                        id: '49d6a7cf90ee4723986f0ad0ddc2859f'
                        deleted: true
                    }
                    flow_account_help_invoke_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'a4b6e2cc83ce44abb7fef26076eb96a1'
                        deleted: true
                    }
                    flow_account_help_invoke_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '4dcbdec30ad24b768e2f35536b2a5345'
                        deleted: true
                    }
                    flow_account_help_invoke_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'f59815f6e3374ba69a3c8f5596478694'
                        deleted: true
                    }
                    flow_account_help_plan: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'de525c5801a546f6848b7ba7f523f084'
                        deleted: true
                    }
                    flow_account_help_plan_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '9d0a2c55725e42d49d1ab9c96a080659'
                        deleted: true
                    }
                    flow_account_help_plan_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'f8c386b394544511a8de33c9f43c2702'
                        deleted: true
                    }
                    flow_account_help_plan_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'e26176f2572143f7b55ffb7a5117ac88'
                        deleted: true
                    }
                    flow_account_help_plan_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '05481aeab315428a9cb42432f04b8d56'
                        deleted: true
                    }
                    flow_account_help_record: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'b17a221d39074106b4aa86105eb09ec2'
                        deleted: true
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
                    flow_joiner_approval: {
                        table: 'sys_hub_action_instance_v2'
                        id: '0a2d5b554fbc448f8f89cf293dd15783'
                        deleted: true
                    }
                    flow_joiner_build: {
                        table: 'sys_hub_action_instance_v2'
                        id: '39a448b148d44fdea29c69aba4eb5492'
                        deleted: true
                    }
                    flow_joiner_close_complete: {
                        table: 'sys_hub_action_instance_v2'
                        id: '8aff4dfb6ef442398c78c46bd87a7d8a'
                        deleted: true
                    }
                    flow_joiner_close_skipped: {
                        table: 'sys_hub_action_instance_v2'
                        id: '766fb2e4f5504ad99ea0cf1111414869'
                        deleted: true
                    }
                    flow_joiner_if_approval: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '11e1863b463a4774bd88f2cbbc5fc13a'
                        deleted: true
                    }
                    flow_joiner_if_invalid: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '579db208043e40d6a8dc94cd6c5faa8f'
                        deleted: true
                    }
                    flow_joiner_if_invoke_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '0fffce44b33c4543972b829908033a6a'
                        deleted: true
                    }
                    flow_joiner_if_not_approved: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '3ce9764431114aedbad6aa0590f800d2'
                        deleted: true
                    }
                    flow_joiner_if_plan_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'f5e8bd70974e498aacdca900d3890010'
                        deleted: true
                    }
                    flow_joiner_if_skipped: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'c3312cf12dfe4e68ac223339aa575aaf'
                        deleted: true
                    }
                    flow_joiner_if_succeeded: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '2a40bb81881140cf9b88baace1ff97f5'
                        deleted: true
                    }
                    flow_joiner_invalid_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '042065dbf5b94cafa123c631f395fd94'
                        deleted: true
                    }
                    flow_joiner_invalid_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '698d294a35df44afbed2d216d911244f'
                        deleted: true
                    }
                    flow_joiner_invalid_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: '768273ad96a44e49a7be2af3bcf57104'
                        deleted: true
                    }
                    flow_joiner_invoke: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'fdfa8b21d0454e22a19dfd83c380f224'
                        deleted: true
                    }
                    flow_joiner_invoke_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '2f9d41587cae4e24a69d4471ad178d8b'
                        deleted: true
                    }
                    flow_joiner_invoke_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'bed9e3c02c564cfc95729e3d81a8f76a'
                        deleted: true
                    }
                    flow_joiner_invoke_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'c5ce0b6ff0fd4620a59cc907950f361a'
                        deleted: true
                    }
                    flow_joiner_plan: {
                        table: 'sys_hub_action_instance_v2'
                        id: '6300d21c5d6249bda93edb9b0b9b2065'
                        deleted: true
                    }
                    flow_joiner_plan_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '69d5b4f8f7654d5bac3435e05efe3638'
                        deleted: true
                    }
                    flow_joiner_plan_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '34a43bd82f6844ceb10cd346867f73ba'
                        deleted: true
                    }
                    flow_joiner_plan_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: '6c2218ee70ed4a5ab5a83aa97ed69a33'
                        deleted: true
                    }
                    flow_joiner_plan_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '58d0353233444b398dead01155b4ce8c'
                        deleted: true
                    }
                    flow_joiner_record: {
                        table: 'sys_hub_action_instance_v2'
                        id: '60077e7122dd4f89b6a9803d5d7f25f1'
                        deleted: true
                    }
                    flow_joiner_rejected_close: {
                        table: 'sys_hub_action_instance_v2'
                        id: '2a672418ca8e43f9a6a5ee4b0ec5e081'
                        deleted: true
                    }
                    flow_joiner_rejected_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'e4412245dc0645baaa5c6013aa5e534f'
                        deleted: true
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
                    flow_leaver_approval: {
                        table: 'sys_hub_action_instance_v2'
                        id: '5c5625af66214415aba40c77a349d895'
                        deleted: true
                    }
                    flow_leaver_build: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'ea81658e172048dbb4b0a9209c5bd0ca'
                        deleted: true
                    }
                    flow_leaver_close_complete: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'c8f820eef5b94b57ad14522230023f51'
                        deleted: true
                    }
                    flow_leaver_close_skipped: {
                        table: 'sys_hub_action_instance_v2'
                        id: '97c0508edee4446ea72bb7e7e5c5921c'
                        deleted: true
                    }
                    flow_leaver_if_approval: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '37ff5dc0f49547a3bd360528edcbfbfc'
                        deleted: true
                    }
                    flow_leaver_if_invalid: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '4635fa618ea34241a8955282b9f564cf'
                        deleted: true
                    }
                    flow_leaver_if_invoke_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '66dd1acb2bbc493894926b95cf5bb63d'
                        deleted: true
                    }
                    flow_leaver_if_not_approved: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'd02a7140ee1a49e181c727ff85808fda'
                        deleted: true
                    }
                    flow_leaver_if_plan_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '04f2a06a0ce14248803e15d5748182d4'
                        deleted: true
                    }
                    flow_leaver_if_skipped: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'c1e6db5bd6b14151bfaaddd9eb9376a6'
                        deleted: true
                    }
                    flow_leaver_if_succeeded: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'eb183291bfdd4069a62f55ce0c9efd61'
                        deleted: true
                    }
                    flow_leaver_invalid_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '6c2bcdb004554f3d9211d37e1f31e505'
                        deleted: true
                    }
                    flow_leaver_invalid_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '88a5f27ea6bd4a9e9a4d92ee726355c3'
                        deleted: true
                    }
                    flow_leaver_invalid_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: '5e02ecee6d85480799ff205c12db2d28'
                        deleted: true
                    }
                    flow_leaver_invoke: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'a75fc5d1dc9c4661b0a16680adb5c4f7'
                        deleted: true
                    }
                    flow_leaver_invoke_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'b5b579efba1c43ba8ce47f9ee5a3eacf'
                        deleted: true
                    }
                    flow_leaver_invoke_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '123a4d240fd3478ab8f687675d628b13'
                        deleted: true
                    }
                    flow_leaver_invoke_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: '969eb51b0e6a4374af06690209c7f319'
                        deleted: true
                    }
                    flow_leaver_plan: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'c78c83cf80a24030bbfe28dbdbde7a31'
                        deleted: true
                    }
                    flow_leaver_plan_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'a9a058cc1d4c4047a55b0cfe5d883c51'
                        deleted: true
                    }
                    flow_leaver_plan_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '77bc4c0dc1c8417b86130923179cf773'
                        deleted: true
                    }
                    flow_leaver_plan_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'd44a265f893643f5a438e73845ec61dd'
                        deleted: true
                    }
                    flow_leaver_plan_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'f469e3d1b3fc47e1bd0e0eef016ca047'
                        deleted: true
                    }
                    flow_leaver_record: {
                        table: 'sys_hub_action_instance_v2'
                        id: '473b31965781406d8d007099be9c5ce7'
                        deleted: true
                    }
                    flow_leaver_rejected_close: {
                        table: 'sys_hub_action_instance_v2'
                        id: '8936587280ef452a8d99b84a77924774'
                        deleted: true
                    }
                    flow_leaver_rejected_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '92529b81a58e43aab63a89fd3a786309'
                        deleted: true
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
                    flow_mover_approval: {
                        table: 'sys_hub_action_instance_v2'
                        id: '2e7c0024a07648e9b521552c0e1e01c2'
                        deleted: true
                    }
                    flow_mover_build: {
                        table: 'sys_hub_action_instance_v2'
                        id: '328ddc74aaa1450fb2fa5a59a6d91c25'
                        deleted: true
                    }
                    flow_mover_close_complete: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'bce7551ebeea4e41a9fabc0112b39e86'
                        deleted: true
                    }
                    flow_mover_close_skipped: {
                        table: 'sys_hub_action_instance_v2'
                        id: '4ad45008428e4c20aa0ede6ea2f08d24'
                        deleted: true
                    }
                    flow_mover_if_approval: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '5dc7c1c38bf74341b36a3e80c918a037'
                        deleted: true
                    }
                    flow_mover_if_invalid: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '3b1c1c0beb024e11aaebd536579ecee4'
                        deleted: true
                    }
                    flow_mover_if_invoke_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'c5b92a04e77545d3866082111ab0b39b'
                        deleted: true
                    }
                    flow_mover_if_not_approved: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'c37147db65114a0e869b2c94a27a40d2'
                        deleted: true
                    }
                    flow_mover_if_plan_failed: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '4fc61538447f41fa82f753b6f8d57103'
                        deleted: true
                    }
                    flow_mover_if_skipped: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'd2b73746531c4a84bdc4869f84bed6f4'
                        deleted: true
                    }
                    flow_mover_if_succeeded: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'f216c8d090ba4c9e913a714b7ccacdd0'
                        deleted: true
                    }
                    flow_mover_invalid_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '824a7099e829412c9c8f664d64c84c58'
                        deleted: true
                    }
                    flow_mover_invalid_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '37a85459632845efbf628de782ff24e6'
                        deleted: true
                    }
                    flow_mover_invalid_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: '3143b3861ac047699c47526dc9d38a93'
                        deleted: true
                    }
                    flow_mover_invoke: {
                        table: 'sys_hub_action_instance_v2'
                        id: '93c43bf0b79f40e890d24653e9b5a8cd'
                        deleted: true
                    }
                    flow_mover_invoke_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '78e67e26b3ca4961a9c2ad381b6e6420'
                        deleted: true
                    }
                    flow_mover_invoke_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: '5ceaea95ec594586a35fe91b1ced3304'
                        deleted: true
                    }
                    flow_mover_invoke_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: '3d58d7805feb4adaaadd81ac7df53cf5'
                        deleted: true
                    }
                    flow_mover_plan: {
                        table: 'sys_hub_action_instance_v2'
                        id: '9df93537cbb14769947689e01d23754a'
                        deleted: true
                    }
                    flow_mover_plan_failed_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '4562460e305a40c4a6fc58f3c3278eb7'
                        deleted: true
                    }
                    flow_mover_plan_failed_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'c8d6677e66344d3e9469743bb479177b'
                        deleted: true
                    }
                    flow_mover_plan_failed_task: {
                        table: 'sys_hub_action_instance_v2'
                        id: '09020257de18403da379e007774dfb00'
                        deleted: true
                    }
                    flow_mover_plan_note: {
                        table: 'sys_hub_action_instance_v2'
                        id: 'e887c5c90eee468db56f75e12c19bfee'
                        deleted: true
                    }
                    flow_mover_record: {
                        table: 'sys_hub_action_instance_v2'
                        id: '5d40c915aae4467aaadb257828439e0d'
                        deleted: true
                    }
                    flow_mover_rejected_close: {
                        table: 'sys_hub_action_instance_v2'
                        id: '99181395821748c09f534117f3adeb0c'
                        deleted: true
                    }
                    flow_mover_rejected_end: {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '3e2e88b4aae44a12adb949f068d296b7'
                        deleted: true
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
                        id: 'cdd7e44fb4c14579aaf08d6854f97c51'
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
                        id: '308ce7e9002d4dd8891932ac6237d0d5'
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
                    'now-app_server_bridge_birthright_ts': {
                        table: 'sys_module'
                        id: 'd32184b0a271494a803e4edb82884d63'
                    }
                    'now-app_server_bridge_client_ts': {
                        table: 'sys_module'
                        id: '043a9935021042fc99ec1bc096432e93'
                    }
                    'now-app_server_bridge_connection_ts': {
                        table: 'sys_module'
                        id: '8a4ab2297615475b866bb9be12cf27b3'
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
                    'now-app_server_bridge_tables_ts': {
                        table: 'sys_module'
                        id: 'd12ac9d559f3462b877b89951aa5f707'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: 'a167961279634166944909f5882525e9'
                    }
                    property_approval_group: {
                        table: 'sys_properties'
                        id: 'fb2eb40ff7094fcda5bb4ec46b85f677'
                    }
                    property_approval_mode: {
                        table: 'sys_properties'
                        id: 'cfd6843a5356403c927c0337daec06d4'
                    }
                    property_bridge_auth_record: {
                        table: 'sys_properties'
                        id: '17e4a5f5a6954157ae4e09cfc938b852'
                        deleted: true
                    }
                    property_bridge_auth_type: {
                        table: 'sys_properties'
                        id: 'de4209c4fc214aabb2306a1fcb8cdea0'
                        deleted: true
                    }
                    property_bridge_base_url: {
                        table: 'sys_properties'
                        id: '708546bace944ea196dd4f619f6d94b4'
                        deleted: true
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
                        id: '414b03120e9f472ab08a26d8b38c69a6'
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
                    script_include_okta_access_requests: {
                        table: 'sys_script_include'
                        id: 'def5146a27ca4bac9e420e6a70df9bbf'
                    }
                    sp_column_bridge_setup: {
                        table: 'sp_column'
                        id: '98191b6e4c6048fa9e2ab169657517a6'
                    }
                    sp_column_my_okta_access: {
                        table: 'sp_column'
                        id: 'cc663e516e65426b8d41908c1f783c6d'
                    }
                    sp_container_bridge_setup: {
                        table: 'sp_container'
                        id: 'c259175962654c0b991a8432d8d74f14'
                    }
                    sp_container_my_okta_access: {
                        table: 'sp_container'
                        id: '6bda0d7a9df14949ac3442f708547ad0'
                    }
                    sp_instance_bridge_setup: {
                        table: 'sp_instance'
                        id: '5181619ad1cf4c609df5f46b81478915'
                    }
                    sp_instance_my_okta_access: {
                        table: 'sp_instance'
                        id: '41d27a83f7a64e438ddfd2d69dfd9def'
                    }
                    sp_row_bridge_setup: {
                        table: 'sp_row'
                        id: 'b8615ba19f164084b4fa15c61bdcff4a'
                    }
                    sp_row_my_okta_access: {
                        table: 'sp_row'
                        id: '29892626df334bbababe59c9aad54f7a'
                    }
                    sp_widget_bridge_setup: {
                        table: 'sp_widget'
                        id: '156f70d30ed445589fb96f66591b8590'
                    }
                    sp_widget_my_okta_access: {
                        table: 'sp_widget'
                        id: '4e861ef123cb40bd92b60a959e8da5a8'
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
                        table: 'sys_documentation'
                        id: '00d019c4e7af4b4bb642082ab58def83'
                        key: {
                            name: 'var__m_sys_hub_action_input_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'flow'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '07f99c701922482797a5c6fc7f244df0'
                        key: {
                            name: 'var__m_sys_hub_action_input_f013786c19094364a7b5b0d6a9293825'
                            element: 'payload'
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
                        table: 'item_option_new'
                        id: '0a836345141b4dcfa7600e54cd5bf248'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'okta_login'
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
                        table: 'sys_documentation'
                        id: '0f28c4157fa0481e8e6ef30b8a5b5df4'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: '__action_status__'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: '11b621409bbd41eeb858b6f66a8e7771'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: '__action_status__'
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
                        table: 'sys_element_mapping'
                        id: '16c4b16858c84adfb4115e93022c5bc2'
                        key: {
                            field: 'flow'
                            table: 'var__m_sys_hub_step_ext_input_39c2a7c13df5451d8365a515cb7179ef'
                            id: '39c2a7c13df5451d8365a515cb7179ef'
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
                        table: 'sys_element_mapping'
                        id: '1b188802567d499fb9c24218359662dd'
                        key: {
                            field: 'payload'
                            table: 'var__m_sys_hub_step_ext_input_ec3762dd060f403d873b8e57c696170e'
                            id: 'ec3762dd060f403d873b8e57c696170e'
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
                        table: 'sys_dictionary'
                        id: '1d53ad64e7084c808e4f84face5b0457'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'active'
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
                        id: '20520b707704498692320469ae68d474'
                        deleted: true
                        key: {
                            name: 'incident'
                            element: 'subcategory'
                            value: 'onboarding_approval'
                            language: 'en'
                            dependent_value: 'okta'
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
                        id: '2963e3e9d9ac4c16b8b78d43395ff970'
                        key: {
                            field: 'kind'
                            table: 'var__m_sys_hub_step_ext_input_456acd6b05444f9a8af304364f37f742'
                            id: '456acd6b05444f9a8af304364f37f742'
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
                        table: 'sys_hub_action_output'
                        id: '2bd32e5e7c7f4a909795a85ff5ba4b7e'
                        key: {
                            model: '9ff1de5892024ea6a762f7dfc729a98e'
                            element: '__dont_treat_as_error__'
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
                        table: 'sys_rest_message_fn'
                        id: '2f904b2a1b284bf5a96554fad235575e'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'whoami'
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
                        table: 'sys_documentation'
                        id: '32d2284a7be94643ad7375bb1d98a6ce'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'NULL'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: '3700c46ecd2d418da26ab4ea7a9f1e91'
                        key: {
                            field: 'ticket'
                            table: 'var__m_sys_hub_step_ext_input_ec3762dd060f403d873b8e57c696170e'
                            id: 'ec3762dd060f403d873b8e57c696170e'
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
                        table: 'sc_cat_item_catalog'
                        id: '3894bbd2386d453aa5d4ad45b9cb2e36'
                        key: {
                            sc_cat_item: '06d221874b894a63ab236483dab53273'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
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
                        table: 'sys_documentation'
                        id: '3afca3214926426e9297ca57d4a84c69'
                        key: {
                            name: 'var__m_sys_hub_action_output_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'plan_hash'
                            language: 'en'
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
                        table: 'sys_hub_action_input'
                        id: '3e598f4be4e24dc881a760693c675b50'
                        key: {
                            model: '6b2c1f39ab2f4b66aa9bdcf03a6060f8'
                            element: 'level'
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
                        table: 'sys_hub_action_input'
                        id: '44691bfdbb684962be0e450190804c67'
                        key: {
                            model: '7700817e2a424f51b33fac0f1f82ee88'
                            element: 'kind'
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
                        table: 'sys_hub_step_ext_output'
                        id: '45a1caf11fb146d18baf2288c4dadd6a'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'flow'
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
                        table: 'sys_rest_message_fn'
                        id: '4fa54e53fe0c46c980af418be142f5ba'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'revoke_sessions'
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
                        table: 'sys_hub_action_output'
                        id: '522aec6878174bd5a76c9a714b729f0c'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'status'
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
                        table: 'sys_documentation'
                        id: '54da378484104ad3a24140246ad42797'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'requested_item'
                            language: 'en'
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
                        table: 'sys_hub_action_input'
                        id: '595933a22edf4594a68b285cc7034849'
                        key: {
                            model: '169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'ticket'
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
                        table: 'sp_page'
                        id: '59abd6ecb52c46d58753a9e769548720'
                        key: {
                            id: 'x_okta_jml_bridge_setup'
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
                        table: 'sys_element_mapping'
                        id: '5acf243e82914abba8ddb164658c5855'
                        key: {
                            field: 'status'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
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
                        table: 'sys_documentation'
                        id: '5be9f4e3e93b41ae982d2a9ca5f574b5'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: 'error_code'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '5f4629978bb646fd91751b441963b794'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'resource'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '615d7af8a7564b0c80e0397ad9d342c1'
                        key: {
                            name: 'x_okta_jml_onboarding_decision'
                            element: 'decided_at'
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
                        table: 'sys_hub_action_output'
                        id: '642450c2cfd04cccb8997f1d67473bc7'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'recorded'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '64a97cb6782c4cc1995c2bc01b41a498'
                        deleted: true
                        key: {
                            name: 'incident'
                            element: 'category'
                            value: 'okta'
                            language: 'en'
                            dependent_value: 'NULL'
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
                        table: 'sys_hub_step_ext_output'
                        id: '6a91dee047ab421aab3aafe3166d875c'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'retryable'
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
                        table: 'sys_element_mapping'
                        id: '6b907014b96b4516a61c0382472fb918'
                        key: {
                            field: 'ticket'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
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
                        table: 'sys_hub_step_ext_output'
                        id: '736c9df8a8244fb38888d9ce008418b0'
                        key: {
                            model: '34f9418babdb414fa9ecd3212f40d1ad'
                            element: 'execution_id'
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
                        table: 'sys_documentation'
                        id: '764dee924985491a90babbd7694d8ed0'
                        key: {
                            name: 'var__m_sys_hub_action_input_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'requested_item'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '7712b1c14e394beeb62d6c2fbf10cb66'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'okta_request_id'
                            language: 'en'
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
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '77ef547f80e445d6bb7f5a8fd79de0ff'
                        key: {
                            sc_cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                            user_criteria: 'a7b68b5ecc994cb480423d47fb7b0848'
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
                        table: 'sys_hub_step_ext_output'
                        id: '7cb149dc916a4acea85f6a2a6c8145e7'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'plan_hash'
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
                        table: 'sys_hub_action_output'
                        id: '87d9b7ce9b6a4791a9c6f885ad30628d'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'ticket'
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
                        table: 'item_option_new'
                        id: '8dd7d0b34bc944c39da9990a4534fe69'
                        key: {
                            cat_item: 'NULL'
                            variable_set: 'c43b80d6857f4a26bec1bc4f96f207ab'
                            name: 'okta_login'
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
                        table: 'sys_dictionary'
                        id: '8f848a20fc05491ca5232804b1f5b976'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'title'
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
                        table: 'sys_documentation'
                        id: '917152c71cbc4d75b0076b050cb7dd0d'
                        key: {
                            name: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            element: 'payload'
                            language: 'en'
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
                        id: '99879a4800b741888c7dfa4fb5e053ed'
                        key: {
                            field: 'flow'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
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
                        table: 'sys_hub_action_input'
                        id: '9acd84aa23f64fd892d5ecf6aaf973e0'
                        key: {
                            model: 'fc8336888f1f4222bdf0551befddcb0e'
                            element: 'execution_id'
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
                        table: 'sys_dictionary'
                        id: '9c72bcf935a043448650c5372f5c1bb4'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'okta_user_id'
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
                        table: 'sys_db_object'
                        id: '9e3c40e00c254d76ae0cece3f5b099e7'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
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
                        table: 'sys_element_mapping'
                        id: 'a0dce65b1aad49b1bb4d1ca13aacaba4'
                        key: {
                            field: 'error'
                            table: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            id: 'f013786c19094364a7b5b0d6a9293825'
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
                        table: 'item_option_new'
                        id: 'a2e8c63e934e435b88ba1812f7d741df'
                        key: {
                            cat_item: 'NULL'
                            variable_set: 'c43b80d6857f4a26bec1bc4f96f207ab'
                            name: 'subject'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'a45f1895ba704e30adb3232473bd8a1b'
                        key: {
                            model: '7542a1cfc27f44a0ab6effec9b08484f'
                            element: 'approver_group'
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
                        table: 'sys_documentation'
                        id: 'b1375a096a334586bb4cefd7b0153982'
                        key: {
                            name: 'var__m_sys_hub_action_output_7700817e2a424f51b33fac0f1f82ee88'
                            element: 'approver_group'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_input'
                        id: 'b628f18ebc184b20b59bc6ee1f79da27'
                        key: {
                            model: 'c765d6f0056a4b9999377ed13ef3566f'
                            element: 'requested_item'
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
                        table: 'sys_documentation'
                        id: 'b8526dbefcba400aa3bdb82a61c64d7c'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'occurred_at'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'bc19f19dcbfe49088867edda9315050f'
                        key: {
                            name: 'var__m_sys_hub_action_input_169b50d5ef0a456fa5d120b3c95baa9c'
                            element: 'ticket'
                            language: 'en'
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
                        table: 'sys_hub_status_condition'
                        id: 'c1bbbac7d5d44fc585dc32f0d9db8b69'
                        key: {
                            action_status_metadata_id: '1a3f1805e693406b881698851c0c4c30'
                            order: '1'
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
                        table: 'sys_hub_step_ext_input'
                        id: 'c63589e724c14c1491e16d12534ae44d'
                        key: {
                            model: '39c2a7c13df5451d8365a515cb7179ef'
                            element: 'plan_text'
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
                        table: 'sys_dictionary'
                        id: 'cae8560c812742abbd447f8d9c722f96'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'last_requested_item'
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
                        id: 'ce7b4c9f44eb4498b12d368ad0231f50'
                        key: {
                            name: 'x_okta_jml_birthright_rule'
                            element: 'department'
                            language: 'en'
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
                        table: 'item_option_new'
                        id: 'd074b7a2b7624ddfab7d9e8db7d439b4'
                        key: {
                            cat_item: 'd866c91bdb414da4944ab3a1dd27aa83'
                            variable_set: 'NULL'
                            name: 'department'
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
                        table: 'sys_element_mapping'
                        id: 'd1bb819c23eb43c2b4db7a04c822dbf1'
                        key: {
                            field: 'approver_1'
                            table: 'var__m_sys_hub_action_output_8eb8c16d584f444699a23d2310c75a32'
                            id: '8eb8c16d584f444699a23d2310c75a32'
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
                        table: 'sys_rest_message_fn'
                        id: 'd2e1d0cf05394232a94dba00c1bfea14'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'leaver'
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
                        table: 'sys_documentation'
                        id: 'd3e44c23269c477ba68781b793fc1878'
                        key: {
                            name: 'x_okta_jml_access_grant'
                            element: 'justification'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: 'd837e5765bc8407cb2ef73f7a2a07a2d'
                        key: {
                            model: 'f013786c19094364a7b5b0d6a9293825'
                            element: 'plan_text'
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
                        table: 'sys_hub_action_output'
                        id: 'd93a9eb45bfa493fac3fc02d499fe0c3'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'payload'
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
                        id: 'dc631842af7f4a419a5c46d5a9ca132d'
                        key: {
                            document_key: '39c2a7c13df5451d8365a515cb7179ef'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
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
                        table: 'sys_element_mapping'
                        id: 'e1fdc62ea6c84b1abceb9be5c90ee8d8'
                        key: {
                            field: 'requested_item'
                            table: 'var__m_sys_hub_step_ext_input_456acd6b05444f9a8af304364f37f742'
                            id: '456acd6b05444f9a8af304364f37f742'
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
                        table: 'sys_documentation'
                        id: 'e3683e19a3984144afef84582797f21a'
                        key: {
                            name: 'x_okta_jml_okta_resource'
                            element: 'permanent_allowed'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'e3e523401c7944e48fca84e3784b9054'
                        key: {
                            name: 'x_okta_jml_golden_thread'
                            element: 'target'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'e491f223c7f94fbab472aeef469a24ed'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'error_code'
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
                        table: 'sc_cat_item_catalog'
                        id: 'e8ce218d56d24553b7ae483093d4afee'
                        key: {
                            sc_cat_item: '03649ec4f21e4c1b93fb2a90a2ecb220'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
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
                        table: 'sys_hub_step_ext_input'
                        id: 'eb0f0eaaa3d94db6a82672e3944cd438'
                        key: {
                            model: 'ec3762dd060f403d873b8e57c696170e'
                            element: 'idempotency_key'
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
                        table: 'sys_element_mapping'
                        id: 'f19013b699244cf5b13ff6afa4f0626d'
                        key: {
                            field: 'idempotency_key'
                            table: 'var__m_sys_hub_step_ext_input_ec3762dd060f403d873b8e57c696170e'
                            id: 'ec3762dd060f403d873b8e57c696170e'
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
                        table: 'sys_rest_message_fn'
                        id: 'f2c447ba580a4a8b969ab87e86df71d4'
                        key: {
                            rest_message: '4325637665d54cbe91cee8613b55d374'
                            function_name: 'unlock'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'f49523ecb9f04f508f1cf8f0e233c7e0'
                        key: {
                            model: 'c765d6f0056a4b9999377ed13ef3566f'
                            element: 'note'
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
                        table: 'sys_hub_action_input'
                        id: 'f6f583b25a49402683cc2687643412ac'
                        key: {
                            model: '9ff1de5892024ea6a762f7dfc729a98e'
                            element: 'output'
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
                        table: 'sys_documentation'
                        id: 'f86a87122b2e405b9a8e92ca5df83848'
                        key: {
                            name: 'var__m_sys_hub_action_output_f013786c19094364a7b5b0d6a9293825'
                            element: 'execution_id'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: 'fac27d8d86b3474e802682ffa695af66'
                        key: {
                            model: '8eb8c16d584f444699a23d2310c75a32'
                            element: 'help_desk_group'
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
                        table: 'sys_documentation'
                        id: 'fe5bfca2622f4f6ea31c99b2e16ae6a4'
                        key: {
                            name: 'var__m_sys_hub_action_input_f013786c19094364a7b5b0d6a9293825'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
