//! Named capabilities and the built-in roles of DOMAIN.md. A user's
//! permissions are the union of their roles' permissions; anything not granted
//! is denied. The decision itself is made in `auth::policy`.

macro_rules! permissions {
    ($($variant:ident => $code:literal : $label:literal),* $(,)?) => {
        /// A named capability.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Permission { $($variant),* }

        impl Permission {
            pub const ALL: &'static [Permission] = &[$(Permission::$variant),*];

            pub fn code(self) -> &'static str {
                match self { $(Permission::$variant => $code),* }
            }

            /// Chinese label for the console.
            pub fn label(self) -> &'static str {
                match self { $(Permission::$variant => $label),* }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some(Permission::$variant),)* _ => None }
            }
        }
    };
}

permissions! {
    ComplaintCreate => "complaint.create": "登记投诉",
    ComplaintReadOwn => "complaint.read.own": "查看本人受理或处理的投诉",
    ComplaintReadTeam => "complaint.read.team": "查看本组投诉",
    ComplaintReadAll => "complaint.read.all": "查看全部投诉",
    ComplaintSummary => "complaint.summary": "查看全中心已办结投诉摘要（不含个人信息）",
    ComplaintUpdate => "complaint.update": "修改投诉信息",
    ComplaintEscalate => "complaint.escalate": "升级至专家组",
    ComplaintDispatch => "complaint.dispatch": "派单至责任部门",
    ComplaintAssign => "complaint.assign": "指派处理人",
    ComplaintInvestigate => "complaint.investigate": "录入查证结果",
    ComplaintPropose => "complaint.propose": "提出处理方案",
    ComplaintResolve => "complaint.resolve": "办结并答复客户",
    ComplaintCallback => "complaint.callback": "回访",
    ComplaintReopen => "complaint.reopen": "重新处理",
    ComplaintClose => "complaint.close": "结案归档",
    ComplaintNote => "complaint.note": "添加内部备注",
    ComplaintNoteCustomer => "complaint.note.customer": "添加客户可见的进展说明",
    ComplaintAttach => "complaint.attach": "上传证据附件",
    ComplaintClock => "complaint.clock": "暂停或恢复投诉计时",
    CustomerRead => "customer.read": "按电话查找客户",
    CustomerPiiReveal => "customer.pii.reveal": "查看客户完整联系方式",
    AuditRead => "audit.read": "查看审计日志",
    AuditExport => "audit.export": "导出审计日志",
    ReportRead => "report.read": "查看统计报表",
    UserManage => "user.manage": "管理用户",
    RoleManage => "role.manage": "管理角色与权限",
    TeamManage => "team.manage": "管理组织架构",
    CategoryManage => "category.manage": "管理投诉分类",
    CalendarManage => "calendar.manage": "管理工作日历",
    KbRead => "kb.read": "查阅知识库",
    KbEdit => "kb.edit": "编辑知识库文章",
    KbPublish => "kb.publish": "审核发布知识库文章",
    AnnouncementManage => "announcement.manage": "发布系统公告",
    SlaManage => "sla.manage": "管理服务时限标准",
    AlertView => "alert.view": "查看预警",
    AlertAcknowledge => "alert.acknowledge": "确认预警",
    AlertManage => "alert.manage": "管理预警规则",
    RoutingManage => "routing.manage": "管理分派规则",
    RosterManage => "roster.manage": "设置AB角与缺勤",
    ApprovalDecide => "approval.decide": "审批超出权限的退款与补偿",
    CallbackOverride => "complaint.callback.override": "回访不满意仍予结案（须说明理由）",
    MajorSignOff => "complaint.major.signoff": "重大投诉签字结案",
    MajorManage => "major.manage": "设置重大投诉认定标准",
    CustomerEraseRequest => "customer.erase.request": "申请删除客户个人信息",
    CustomerErase => "customer.erase": "审批删除客户个人信息",
    RetentionManage => "retention.manage": "设置个人信息保存期限",
}

use Permission as P;

/// A built-in role: code, Chinese name, permissions.
pub struct BuiltinRole {
    pub code: &'static str,
    pub name: &'static str,
    pub permissions: &'static [Permission],
}

pub const BUILTIN_ROLES: &[BuiltinRole] = &[
    BuiltinRole {
        code: "agent",
        name: "一线客服",
        permissions: &[
            P::ComplaintCreate,
            P::ComplaintSummary,
            P::ComplaintReadOwn,
            P::ComplaintUpdate,
            P::ComplaintEscalate,
            P::ComplaintResolve,
            P::ComplaintCallback,
            P::ComplaintReopen,
            P::ComplaintNote,
            P::ComplaintAttach,
            P::ComplaintClock,
            P::CustomerRead,
            P::CustomerPiiReveal,
            P::KbRead,
        ],
    },
    BuiltinRole {
        code: "expert",
        name: "专家坐席",
        permissions: &[
            P::ComplaintCreate,
            P::ComplaintSummary,
            P::ComplaintReadAll,
            P::ComplaintUpdate,
            P::ComplaintEscalate,
            P::ComplaintDispatch,
            P::ComplaintAssign,
            P::ComplaintInvestigate,
            P::ComplaintPropose,
            P::ComplaintResolve,
            P::ComplaintCallback,
            P::ComplaintReopen,
            P::ComplaintClose,
            P::ComplaintNote,
            P::ComplaintNoteCustomer,
            P::ComplaintAttach,
            P::ComplaintClock,
            P::CustomerRead,
            P::CustomerPiiReveal,
            P::KbRead,
        ],
    },
    BuiltinRole {
        code: "handler",
        name: "责任部门处理人",
        permissions: &[
            P::ComplaintReadTeam,
            P::ComplaintInvestigate,
            P::ComplaintPropose,
            P::ComplaintNote,
            P::ComplaintAttach,
            P::ComplaintClock,
            P::KbRead,
        ],
    },
    BuiltinRole {
        code: "supervisor",
        name: "客服主管",
        permissions: &[
            P::ComplaintCreate,
            P::ComplaintSummary,
            P::ComplaintReadAll,
            P::ComplaintUpdate,
            P::ComplaintEscalate,
            P::ComplaintDispatch,
            P::ComplaintAssign,
            P::ComplaintInvestigate,
            P::ComplaintPropose,
            P::ComplaintResolve,
            P::ComplaintCallback,
            P::ComplaintReopen,
            P::ComplaintClose,
            P::ComplaintNote,
            P::ComplaintNoteCustomer,
            P::ComplaintAttach,
            P::ComplaintClock,
            P::CustomerRead,
            P::CustomerPiiReveal,
            P::KbRead,
            P::AnnouncementManage,
            P::ReportRead,
            P::AlertView,
            P::AlertAcknowledge,
            P::AlertManage,
            P::RosterManage,
            P::ApprovalDecide,
            P::CallbackOverride,
            P::CustomerEraseRequest,
        ],
    },
    BuiltinRole {
        code: "centre_head",
        name: "中心负责人",
        permissions: &[
            P::ComplaintSummary,
            P::ComplaintReadAll,
            P::ComplaintUpdate,
            P::ComplaintEscalate,
            P::ComplaintDispatch,
            P::ComplaintAssign,
            P::ComplaintResolve,
            P::ComplaintCallback,
            P::ComplaintReopen,
            P::ComplaintClose,
            P::ComplaintNote,
            P::ComplaintNoteCustomer,
            P::CustomerRead,
            P::KbRead,
            P::ReportRead,
            P::AlertView,
            P::AlertAcknowledge,
            P::ApprovalDecide,
            P::CallbackOverride,
            P::MajorSignOff,
        ],
    },
    BuiltinRole {
        code: "senior_manager",
        name: "分管领导",
        permissions: &[
            P::ComplaintSummary,
            P::ComplaintReadAll,
            P::ComplaintNote,
            P::KbRead,
            P::ReportRead,
            P::AlertView,
        ],
    },
    BuiltinRole {
        code: "approver",
        name: "审批人",
        permissions: &[
            P::ComplaintReadAll,
            P::ComplaintNote,
            P::KbRead,
            P::ApprovalDecide,
        ],
    },
    BuiltinRole {
        code: "qa",
        name: "质检专员",
        permissions: &[
            P::ComplaintReadAll,
            P::ComplaintCallback,
            P::ComplaintNote,
            P::KbRead,
            P::ReportRead,
        ],
    },
    BuiltinRole {
        code: "kb_editor",
        name: "知识库编辑",
        permissions: &[P::KbRead, P::KbEdit],
    },
    BuiltinRole {
        code: "kb_reviewer",
        name: "知识库审核",
        permissions: &[P::KbRead, P::KbEdit, P::KbPublish],
    },
    BuiltinRole {
        code: "auditor",
        name: "合规审计",
        permissions: &[
            P::AuditRead,
            P::AuditExport,
            P::CustomerEraseRequest,
            P::CustomerErase,
            P::RetentionManage,
        ],
    },
    BuiltinRole {
        code: "admin",
        name: "管理员",
        permissions: &[
            P::UserManage,
            P::RoleManage,
            P::TeamManage,
            P::CategoryManage,
            P::SlaManage,
            P::CalendarManage,
            P::AlertView,
            P::AlertManage,
            P::RoutingManage,
            P::RosterManage,
            P::MajorManage,
            P::RetentionManage,
        ],
    },
];

pub fn builtin_role(code: &str) -> Option<&'static BuiltinRole> {
    BUILTIN_ROLES.iter().find(|r| r.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for p in Permission::ALL {
            assert_eq!(Permission::from_code(p.code()), Some(*p));
            assert!(seen.insert(p.code()));
        }
        assert_eq!(Permission::from_code("complaint.delete"), None);
    }

    #[test]
    fn auditor_reads_audit_but_no_complaints() {
        let auditor = builtin_role("auditor")
            .map(|r| r.permissions)
            .unwrap_or(&[]);
        assert!(auditor.contains(&Permission::AuditRead));
        assert!(!auditor.iter().any(|p| p.code().starts_with("complaint.")));
    }

    #[test]
    fn only_experts_and_supervisors_write_to_the_customer() {
        for role in BUILTIN_ROLES {
            assert_eq!(
                role.permissions
                    .contains(&Permission::ComplaintNoteCustomer),
                matches!(role.code, "expert" | "supervisor" | "centre_head"),
                "{}",
                role.code
            );
        }
    }

    #[test]
    fn only_admin_manages_users() {
        for role in BUILTIN_ROLES {
            assert_eq!(
                role.permissions.contains(&Permission::UserManage),
                role.code == "admin"
            );
        }
    }
}
