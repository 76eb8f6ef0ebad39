import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: 'faa6f83201544e248ce65cfd6dc41511'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: 'a167961279634166944909f5882525e9'
                    }
                }
                composite: [
                    {
                        table: 'sys_user_role'
                        id: '4360a0ee697749f7aab7c8c707857503'
                        key: {
                            name: 'x_okta_jml.admin'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'a3d1f5ad391248e1a01088c5610b90da'
                        key: {
                            name: 'x_okta_jml.help_desk'
                        }
                    },
                ]
            }
        }
    }
}
