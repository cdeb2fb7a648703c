### 简体中文。代码中的键 `节.名` 在此写作 `节-名`；`{ $name }` 在运行时填入。中文不分单复数。

## role

role-admin = 系统管理员
role-hr_staff = 人资专员
role-hr_head = 人资部负责人
role-dept_head = 部门负责人
role-division_head = 分管负责人
role-general_manager = 总经理
role-board = 董事会
role-admin_dept = 行政管理部
role-finance = 财务部
role-employee = 员工

## state

state-draft = 草稿
state-submitted = 已提交
state-returned = 已退回
state-approved = 已批准
state-rejected = 已否决
state-withdrawn = 已撤回

## step

step-board = 董事会审批
step-division_head = 分管负责人
step-general_manager = 总经理
step-hr_head = 人资部负责人
step-dept_assessment = 部门考核
step-hr_assessment = 人资考核

## decision

decision-approve = 批准
decision-reject = 否决
decision-return = 退回修改

## tab

tab-audit = 审计日志
tab-inbox = 待办 ({ $n })
tab-org = 组织
tab-plans = 定编方案
tab-users = 用户
tab-delegations = 委托
tab-org_short = 组织
tab-plans_short = 方案
tab-audit_short = 审计

## header

header-demo = 演示
header-link_lost = 与服务断开，正在重连…

## inbox

inbox-title = 等您处理，最早的在前
inbox-empty = 没有等您处理的事项。
inbox-sign_plan = 签批方案
inbox-sign_plan_for = 代 { $whom } 签批
inbox-revise_plan = 修改方案
inbox-confirm_paper = 确认 { $by } 登记的纸质签批
inbox-plan_approved = 您的方案已由 { $by } 批准
inbox-plan_rejected = 您的方案被 { $by } 否决

## col

col-seq = 序号
col-when = 时间
col-who = 操作人
col-id = 编号
col-what = 事项
col-title = 标题
col-waiting = 已等
col-department = 部门
col-position = 岗位
col-approved = 定编
col-filled = 在岗
col-reserved = 预留
col-free = 空缺
col-state = 状态
col-author = 拟稿人
col-waiting_for = 待签
col-login = 登录名
col-name = 姓名
col-roles = 角色
col-since = 起始
col-notes = 备注
col-own = 本部门
col-from = 授权人
col-to = 代签人
col-until = 截止

## org

org-position_closed = 此岗位已撤销。
org-tree_counts = 在岗/定编（含下级）
org-no_departments = 还没有部门。请用 `renshi department add 名称 [--parent DEP-01]` 新建。
org-departments = 部门
org-duties = 岗位职责
org-history = 定编历史
org-opening = 初始定编
org-staff = 在岗人员
org-staff_hidden = 在岗人员：仅人资、总经理及本部门负责人可见。
org-on_probation = （试用）
org-no_position = 未选择岗位。
org-closed = 已撤销
org-company_total = 全公司合计：{ $positions } 个岗位，定编 { $approved }，在岗 { $filled }，空缺 { $free }。

## plans

plans-title = 定编方案
plans-empty = 还没有方案。总经理按 n 新建。
plans-overtaken_mark = 已被 { $by } 取代
plans-conflict_mark = 与 { $plans } 冲突

## plan

plan-change_n = 变更 { $n }
plan-byline = { $author } 拟，{ $created }
plan-lines = 变更
plan-change = 变更内容
plan-no_lines = 还没有变更：按 + 添加。
plan-timeline = 签批
plan-waiting = ← 等待中
plan-not_submitted = 尚未提交。
plan-you_sign_for = 您代 { $whom } 签批（授权）。
plan-submitted_round = 第 { $round } 轮送签：{ $at }
plan-pending_paper = { $by } 登记的 { $signer } 纸质签批，待另一位人资人员确认。
plan-seen_hint = 签批此版本：renshi approve { $id } --seen { $seen }
plan-detail = 详情
plan-submitted = { $author } 提交
plan-resubmitted = { $author } 重新提交（第 { $round } 轮）
plan-timeline_submitted = { $by } 提交送签
plan-timeline_resubmitted = { $by } 重新提交（第 { $round } 轮）
plan-timeline_withdrawn = { $by } 撤回
plan-overtaken = { $id } 已被取代：在它提交之后批准的 { $by } 变更了它所涉及的岗位，因此不能再按原样批准。
plan-overtaken_signer = 请退回修改或否决。
plan-overtaken_author = 请撤回，并按现行数字重新拟定。
plan-overtaken_other = 签批人将退回或否决它。
plan-conflicts = 变更相同岗位的未结方案：{ $plans }。

## line

line-also_in = 未结方案 { $plans } 也变更此岗位：以先批准者为准。
line-duties = 岗位职责：
line-duties_now = 现行职责：
line-duties_new = 拟改为：
line-position_counts = 定编 { $approved }，在岗 { $filled }
line-new_position = { $dept } 新设岗位 { $title }，定编 { $n }
line-set_headcount = { $id } { $title }：定编 { $from } → { $n }（已占 { $occupied }）
line-change_duties = { $id } { $title }：修改岗位职责
line-close_position = { $id } { $title }：撤销岗位
line-kind_new = 新设岗位
line-kind_headcount = 调整定编
line-kind_duties = 修改职责
line-kind_close = 撤销岗位
line-duties_then = 提交时的职责：
line-overtaken = 本方案提交后已被 { $by } 变更：现行定编 { $now }。

## sig

sig-by = { $decision }：{ $signer }
sig-for = （代 { $whom }）
sig-paper = { " " }[纸质 { $ref }，{ $by } 登记]
sig-paper_confirmed = { " " }[纸质 { $ref }，{ $by } 登记，{ $confirmed } 确认]

## age

age-minutes = { $n }分钟
age-hours = { $n }小时
age-days = { $n }天

## form

form-discard = 再按 Esc 放弃已填写的内容；按其他键继续编辑。
form-no_match = 没有与“{ $text }”相符的选项：按 Backspace 修改。
form-submit = 提交签批
form-paper_binding = 您登记的是纸质签批：记录将写明签批人、纸质编号和登记人（您）。
form-paper = 登记纸质签批
form-comment_required_unless_approve = 除批准外必须填写意见。
form-new_plan = 新建定编方案
form-edit_plan = 编辑 { $id }
form-add_line = 添加变更
form-edit_line = 编辑变更 { $n }
form-sign_approve = 批准
form-sign_reject = 否决
form-sign_return = 退回修改
form-sign_binding = 签批具有约束力，将连同您的姓名和时间记录在案。
form-comment_required = 必须填写意见：请说明理由。
form-comment_optional = 意见可不填。
form-none = （无）
form-discard_paper = 作废已登记的纸质签批
form-saving = 正在保存…
form-withdraw = 撤回方案
form-add_user = 添加用户
form-edit_user = 编辑 { $login }
form-delegate = 委托他人代签

## confirm

confirm-title = 请确认
confirm-submit = 提交 { $id } 签批？提交后除非被退回，不能再修改。
confirm-remove_line = 从 { $id } 删除变更 { $n }？
confirm-paper = 确认 { $by } 登记的 { $id } 纸质签批（签批人 { $signer }，编号 { $ref }）？纸质决定：{ $decision }。确认后即作为 { $signer } 的签批生效，并记录您为第二人。
confirm-delete_plan = 删除草稿 { $id }？其编号不会再分配给其他方案。
confirm-disable_user = 停用 { $login }？停用后不能再连接或签批；其记录保留。
confirm-enable_user = 重新启用 { $login }？
confirm-revoke = 立即结束委托 { $id }？

## msg

msg-paper_recorded = 已登记纸质签批。
msg-submitted = 已提交签批。
msg-line_removed = 已删除变更。
msg-plan_created = 方案已建立。按 + 添加变更。
msg-saved = 已保存。
msg-approved = 已批准并记录。
msg-rejected = 已否决并记录。
msg-returned = 已退回修改并记录。
msg-refreshed = 已刷新。
msg-paper_confirmed = 已确认纸质签批。
msg-paper_discarded = 已作废纸质签批。
msg-withdrawn = 已撤回；签批人会看到原因。
msg-plan_deleted = 草稿已删除。
msg-user_added = 用户已添加。
msg-user_disabled = 用户已停用。
msg-user_enabled = 用户已启用。
msg-revoked = 委托已结束。
msg-delegated = 委托已记录。

## help

help-more = ↓ 更多
help-title = 按键（Esc 关闭）

## layer

layer-audit = 审计日志
layer-picker = 选择用户
layer-global = 全局
layer-list = 列表
layer-inbox = 待办
layer-org = 组织
layer-plans = 定编方案
layer-plan = 方案
layer-form = 表单
layer-confirm = 确认
layer-help = 帮助
layer-filter = 输入筛选
layer-users = 用户
layer-editor = 编辑文字
layer-delegations = 委托
layer-flags = 多项选择
layer-choice = 单项选择

## key

key-audit = 审计日志
key-verify = 核验日志链
key-sign = 签批
key-switch_user = 切换身份（演示）
key-choose = 选择
key-record_paper = 登记纸质签批
key-inbox = 待办
key-org = 组织
key-plans = 定编方案
key-next_screen = 下一屏
key-prev_screen = 上一屏
key-help = 帮助
key-refresh = 刷新
key-quit = 退出
key-up = 上
key-down = 下
key-page_up = 上翻页
key-page_down = 下翻页
key-first = 第一项
key-last = 最后一项
key-left = 光标 / 上一选项（或输入文字查找）
key-right = 光标 / 下一选项
key-open = 打开
key-back = 返回
key-focus_tree = 部门
key-focus_positions = 岗位
key-new_plan = 新建方案
key-edit_plan = 编辑标题
key-add_line = 添加变更
key-edit_line = 编辑变更
key-remove_line = 删除变更
key-submit_plan = 提交
key-approve = 批准
key-reject = 否决
key-return = 退回
key-save = 保存
key-cancel = 取消
key-confirm = 确认
key-close = 关闭
key-next_field = 下一栏
key-prev_field = 上一栏
key-confirm_paper = 确认纸质签批
key-discard_paper = 作废纸质签批
key-users = 用户
key-read_message = 查看完整消息
key-filter = 筛选
key-clear_filter = 清除筛选
key-filter_done = 保留筛选
key-scroll_down = 详情下翻
key-scroll_up = 详情上翻
key-read_entry = 查看全文
key-newline = 换行
key-line_start = 行首
key-line_end = 行尾
key-word_left = 左移一词
key-word_right = 右移一词
key-delete_back = 删除前一字
key-delete_forward = 删除后一字
key-delete_word = 删除前一词
key-kill_to_start = 删除至行首
key-kill_to_end = 删除至行尾
key-undo = 撤销
key-redo = 重做
key-delegations = 委托
key-add_user = 添加用户
key-edit_user = 编辑用户
key-disable_user = 停用/启用
key-delegate = 委托他人代签
key-revoke = 结束委托
key-withdraw_plan = 撤回
key-delete_plan = 删除草稿
key-toggle = 勾选/取消

## field

field-signer = 签批人
field-decision = 决定
field-paper_ref_label = 纸质编号
field-title = 标题
field-new_title = 岗位名称
field-note = 说明
field-line_kind = 变更类型
field-department = 部门
field-position = 岗位
field-duties = 岗位职责
field-headcount = 定编人数
field-comment = 意见
field-plan_title = 方案标题
field-position_title = 岗位名称
field-dept_name = 部门名称
field-company_name = 公司名称
field-display_name = 显示名称
field-login = 登录名
field-mail_address = 邮件地址
field-paper_ref = 纸质文件编号
field-login_label = 登录名
field-display_name_label = 姓名
field-roles = 角色
field-delegate_to = 代签人
field-until = 截止日期

## kind

kind-department = 部门
kind-position = 岗位
kind-plan = 方案
kind-user = 用户
kind-employee = 员工
kind-staff_number = 工号
kind-delegation = 授权

## action

action-register_user = 登记用户
action-create_department = 新建部门
action-move_department = 移动部门
action-rename_department = 重命名部门
action-draft_plan = 拟定定编方案
action-edit_plan = 修改定编方案
action-submit_plan = 提交定编方案
action-sign_plan = 签批此方案
action-record_paper = 登记纸质签批
action-delegate = 授权代签
action-revoke_delegation = 撤销此授权
action-view_staff = 查看在岗人员
action-view_plans = 查看定编方案
action-view_users = 查看用户
action-view_audit = 查看审计日志
action-confirm_paper = 确认纸质签批
action-discard_paper = 作废纸质签批
action-delete_plan = 删除定编方案
action-withdraw_plan = 撤回定编方案
action-edit_user = 修改用户
action-disable_user = 停用或启用用户
action-set_mail = 更改他人的邮件设置
action-view_delegations = 查看所有代签授权
action-view_mail = 查看所有人的邮件

## err

err-no_change = { $position } 已是如此：这项变更不会改变任何东西。请删除它或改为其他变更。
err-already_holds = { $id } 已在 { $position }：请选择另一个岗位调动。
err-nothing_edited = 这次编辑对 { $id } 没有任何改变：请给出新的工号、姓名或个人资料。
err-no_seats = 新设岗位至少需要一个定编。
err-not_registered = 登录名 `{ $login }` 未在 renshi 中登记。请管理员用 `renshi user add { $login } --name NAME --role ROLE` 添加。
err-denied = 您无权{ $action }：需要角色 { $need }。
err-not_your_department = { $dept } 不是您负责的部门。
err-empty_field = { $field }不能为空。
err-too_long = { $field }太长：最多 { $max } 个字。
err-bad_headcount = `{ $text }` 不是有效人数：请输入 0 到 { $max } 的整数。
err-duplicate_title = { $dept } 已有名为 `{ $title }` 的岗位：请换一个名称。
err-duplicate_department = { $dept } 下已有名为 `{ $name }` 的部门。
err-department_cycle = { $dept } 不能移到 { $parent } 之下：该部门就在它里面。
err-not_found = 没有{ $kind } { $id }。
err-position_closed = { $position } 已撤销。
err-headcount_below_occupied = { $position } { $title } 不能降到 { $requested }：已有 { $occupied } 个席位在岗或预留。至少保留 { $occupied }。
err-close_occupied = { $position } 仍有在岗或预留的席位（{ $occupied }），不能撤销：请先调岗或办理离岗。
err-plan_not_editable = { $plan } 状态为{ $state }，不能再修改。
err-plan_empty = { $plan } 没有变更：提交前请至少添加一项。
err-not_awaiting_signature = { $plan } 状态为{ $state }：不在等待签批。
err-not_your_turn = { $plan } 正等待“{ $step }”，需要角色 { $role }。
err-already_signed = 本轮您已签批过 { $plan }。
err-comment_required = 请说明理由：否决或退回必须填写意见。
err-no_such_line = { $plan } 没有第 { $line } 项变更。
err-duplicate_login = 登录名 `{ $login }` 已登记。
err-delegation_ended = 授权的截止日期不能早于今天。
err-delegation_to_self = 不能授权给自己。
err-duplicate_line = 方案已对 { $position } 做同样的变更：请编辑那一项。
err-unknown_chain = 模板中没有名为 `{ $name }` 的签批链。
err-paper_signer = `{ $login }` 无权签批此项：“{ $step }”需要角色 { $role }。
err-store_locked = 数据库 { $path } 正被另一个 renshi 使用。如需多人同时使用，请在其上运行 `renshi serve` 并连接。
err-not_a_store = { $path } 不是 renshi 数据库。请指定已有数据库的目录，或用 `renshi init --store 目录` 在新的空目录中建立（演示公司请运行 `renshi demo`）。
err-no_store = { $path } 还没有数据库：演示公司请运行 `renshi demo`（或 `renshi init --demo`），建立自己的公司请用 `renshi init --store 目录`；用 `--store 目录` 可指定别的数据库。
err-store_not_empty = { $path } 中已有文件：请为新数据库选择空目录或新目录。
err-store_symlink = { $path } 是符号链接（指向 { $to }）：新数据库不经由链接建立。请直接给出目录，例如 `--store { $to }`。
err-store_not_owner = 数据库 { $path } 属于 { $owner }：请以该账号打开（`runuser -u { $owner } -- renshi …`），或经由其守护进程。
err-store_unsupported = 数据库 { $path } 的格式为 { $found }；本版 renshi 最高读取格式 { $supported }。请使用更新的版本。
err-store_corrupt = 数据库 { $path } 已损坏：{ $detail }。请从备份恢复数据库（对副本运行 `renshi audit verify` 可确认其是否完整）。
err-store_io = 无法使用 { $path }：{ $detail }
err-audit_broken = 审计日志在第 { $seq } 条事件处断裂：{ $reason }
err-protocol = { $detail }
err-four_eyes_author = { $login } 是 { $case } 的起草人，发起人不能签批自己发起的事项（四眼原则）。
err-four_eyes_signed = { $login } 已在本轮签批了 { $case } 的“{ $step }”；一人只签一步（四眼原则）。
err-four_eyes_nobody = 没有其他人担任 { $role }：请登记另一位担任该角色的人，或由人资人员登记纸质签批（两位人资人员：一人登记，另一人确认）。
err-four_eyes_one = 现在只有 { $who } 可以签批。
err-four_eyes_some = 可以签批的人：{ $who }。
err-changed_since_seen = { $case } 在您查看之后已有变动（现为第 { $round } 轮，{ $digest }）：请重新查看（`renshi plan show { $case }`）后再签批。
err-one_line_only = { $field }只能是一行：请删去换行。
err-bad_character = { $field }在第 { $at } 个字处含有控制字符或不可见字符（{ $code }）：请删去。
err-lone_mark = { $field }在第 { $at } 个字处有一个组合记号或变体选择符（{ $code }），它前面没有可附着的字：请删去，或紧接在所属的字后面。
err-not_author = { $case } 由 { $author } 起草：只有起草人可以修改。
err-duplicate_role = 角色 { $role } 重复：每个角色只给一次。
err-scope_needed = 角色 { $role } 需要指定部门：为每个部门加上 --dept DEP-..。
err-already_revoked = { $id } 已经撤销。
err-paper_own = 这是您本人的签批：请直接批准、驳回或退回，不要登记纸质签批。
err-paper_pending = { $recorded_by } 登记的 { $case } 纸质签批正等待另一位人资人员确认：请先确认（`renshi plan confirm-paper { $case }`）或作废。
err-no_pending_paper = { $case } 没有等待确认的纸质签批。
err-second_person = 此纸质签批由 { $recorded_by } 登记：须由另一位既非登记人也非签批人的人资人员确认。
err-too_many_lines = { $plan } 已有 { $max } 项变更，已达上限：请拆成两个方案。
err-disk_full = { $path } 所在磁盘已满，未保存任何内容。请腾出空间后重试。
err-store_truncated = 数据库 { $path } 丢失了记录：日志止于第 { $log_end } 条，但其头文件 { $file } 记录为第 { $recorded } 条。请从备份恢复。
err-head_mismatch = 数据库 { $path } 第 { $seq } 条记录与其头文件 { $file } 不符：日志已被改动。请从备份恢复。
err-head_unreadable = 数据库 { $path } 的头文件 { $file } { $reason }，因此无法判断日志末尾是否丢失了记录。请连同头文件从备份恢复数据库；如果确知没有丢失，请在服务器上运行 `renshi audit verify --accept-log --store { $path }`，校验整条哈希链并据此写入新的头文件。
err-too_large = 此变更过大（{ $bytes } 字节，上限 { $max }）：请缩短文字。
err-no_space = { $path } 所在磁盘已满：腾出空间之前无法打开数据库。未做任何更改。
err-busy_connections = renshi 服务正忙（{ $n } 个连接）：请稍后再试。
err-busy_yours = renshi 服务正忙：您已占用 { $n } 个连接。请关闭部分 renshi 窗口，或稍后再试。
err-busy_arriving = renshi 服务正忙（正在接收 { $n } MiB 请求）：请稍后再试。
err-busy_yours_arriving = renshi 服务正忙（正在接收您的 { $n } MiB 请求）：请稍后再试。
err-overtaken = { $plan } 不能批准：在 { $plan } 提交之后批准的 { $by } 变更了 { $position }。请退回或否决 { $plan }；起草人可以撤回并重新拟定。
err-user_disabled = 用户 `{ $login }` 已停用：请管理员启用（`renshi user enable { $login }`）。
err-user_already_disabled = 用户 `{ $login }` 已经停用。
err-user_not_disabled = 用户 `{ $login }` 没有停用。
err-own_account = 您不能停用自己的账号，也不能取消自己的管理员角色：请另一位管理员处理。
err-bad_login = 登录名即操作系统登录名：只能包含小写 `a-z`、`0-9`、`.`、`_` 和 `-`，并以字母或 `_` 开头；`{ $login }` 不符合。
err-bad_date = `{ $text }` 不是日期：请写成 `YYYY-MM-DD`（如 2027-03-31）。
err-plan_not_deletable = { $plan } 状态为{ $state }：只能删除从未提交的草稿。已提交的方案请撤回。
err-plan_not_withdrawable = { $plan } 状态为{ $state }：只能撤回已提交或被退回的方案。

## event

event-company_named = 公司命名
event-department_created = 新建部门
event-department_moved = 移动部门
event-department_renamed = 部门更名
event-position_created = 新设岗位
event-headcount_set = 核定定编
event-duties_changed = 修改职责
event-position_closed = 撤销岗位
event-user_registered = 登记用户
event-employee_hired = 登记员工
event-plan_drafted = 拟定方案
event-plan_edited = 修改方案
event-plan_line_added = 添加变更
event-plan_line_replaced = 编辑变更
event-plan_line_removed = 删除变更
event-plan_submitted = 提交方案
event-plan_signed = 签批方案
event-delegation_granted = 授权代签
event-delegation_revoked = 撤销授权
event-zone_set = 设定时区
event-paper_recorded = 登记纸质签批（待确认）
event-paper_discarded = 作废纸质签批
event-plan_deleted = 方案已删除
event-plan_withdrawn = 方案已撤回
event-user_edited = 用户已修改
event-user_disabled = 用户已停用
event-user_enabled = 用户已启用
event-user_mail_set = 邮件设置已更改

## audit

audit-title = 审计日志（最新在前）
audit-read_part = 已读取 { $loaded }/{ $total } 条，向下滚动读取更早的
audit-read_cap = 已读取 { $loaded }/{ $total } 条；其余请用 `renshi audit log --grep TEXT`
audit-verified = 审计日志完整：已核验 { $count } 条事件。
audit-verifying = 正在校验哈希链…
audit-comment = 备注
audit-hash = 哈希
audit-prev = 前一哈希
audit-entry = 审计记录 { $seq }

## cli

cli-bad_keys = 按键配置无法使用：{ $detail }。请修正该文件或不使用它（--keys）。
cli-comment_hint = 请用 -m "…" 填写。
cli-already_served = 已有 renshi 服务在 { $socket } 上提供 { $path }：请直接连接它（运行 renshi 即可）。
cli-as_refused = --as 仅用于演示数据库；在正式数据库中您以自己的系统登录名操作。
cli-bad_lang = 未知语言 `{ $lang }`：请用 en、zh-Hans 或 zh-Hant。
cli-bad_role = 未知角色 `{ $role }`：请用 admin、hr_staff、hr_head、dept_head、division_head、general_manager、board、admin_dept、finance 或 employee。
cli-bad_decision = 未知决定 `{ $decision }`：请用 approve、reject 或 return。
cli-demo_created = 已在 { $path } 建立演示公司。
cli-initialized = 已在 { $path } 建立数据库；{ $login } 为管理员。
cli-submitted = { $id } 已提交签批。
cli-signed_approve = { $id } 已批准（所见版本：{ $seen }）。
cli-signed_reject = { $id } 已驳回（所见版本：{ $seen }）。
cli-signed_return = { $id } 已退回修改（所见版本：{ $seen }）。
cli-paper_pending = 已登记 { $id } 的纸质签批；须另一位人资人员确认后生效（`renshi plan confirm-paper { $id }`）。
cli-paper_recorded = 已登记 { $id } 的纸质签批。
cli-paper_confirmed = 已确认 { $id } 的纸质签批：现在按签批人的决定生效。`renshi plan show { $id }` 可查看方案现状。
cli-unknown_demo_login = `{ $login }` 不是演示公司的用户。演示登录名：{ $logins }。
cli-head_rewritten = 哈希链完整；已根据日志写入新的头文件：第 { $seq } 条事件。
cli-dept_without_scope = `--dept` 只用于 dept_head 和 division_head 角色：请用 `--role` 给出其中之一，或去掉 `--dept`。
cli-edit_nothing = 没有要修改的内容：请给出 `--name`、`--role` 或 `--dept`。
cli-user_edited = 已修改 { $login }。
cli-user_disabled = { $login } 已停用：不能再连接或签批。
cli-user_enabled = { $login } 已重新启用。
cli-delegate_usage = 请给出 `--to 登录名` 和 `--until YYYY-MM-DD`，或使用 `renshi delegate list`。
cli-withdrawn = { $id } 已撤回。
cli-deleted = { $id } 已删除。

## picker

picker-title = 演示：您想以谁的身份操作？
picker-hint = 审计日志同时记录您本人的登录名。
picker-switched = 您现在以 { $who } 的身份操作。

## filter

filter-nothing = 没有符合筛选的内容。按 Esc 清除。
filter-count = { $shown }/{ $total }

## list

list-empty = 这里没有内容。
list-loading = 加载中…

## reader

reader-message = 消息

## status

status-more = （按 ! 看全文）

## users

users-title = 用户与角色

## user

user-disabled = 已停用

## delegation

delegation-active = 有效
delegation-ended = 已到期
delegation-revoked = 已撤销
delegation-none = 没有授出或收到的代签授权。

## delegations

delegations-title = 我给出和收到的委托

## people

event-employee_added = 录入员工
event-employees_imported = 从名册导入员工
event-employee_edited = 修改员工资料
event-personal_set = 修改个人信息
event-employee_transferred = 员工调岗
event-personal_erased = 删除个人信息
action-add_employee = 录入员工
action-import_employees = 导入花名册
action-edit_employee = 修改员工资料
action-transfer_employee = 为员工调岗
action-transfer_over = 超出核定编制调岗
action-erase_personal = 删除个人信息
field-employee_name = 员工姓名
field-staff_number = 工号
field-status = 状态
field-contract = 合同
field-id_number = 身份证号
field-phone = 电话
field-email = 电子邮件
field-address = 地址
field-bank_account = 银行账号
err-duplicate_number = 工号 { $number } 已属于 { $id }：请换一个工号，或留空由系统分配。
err-number_is_an_id = { $number } 的写法是编号，却不是这位员工的编号（{ $id }）：编号与工号都能找到人，工号不能写成别人的编号。请换一个工号，或留空以使用 { $id }。
err-duplicate_number_in_file = 工号 { $number } 在本文件第 { $line } 行也出现了：每人须有自己的工号。
err-duplicate_id_number = 此身份证号已登记在 { $id } 名下：同一人录入了两次，或是输入错误。请与 { $id } 的记录核对。
err-duplicate_id_number_in_file = 此身份证号在本文件第 { $line } 行也出现了：每人的身份证号各不相同。
err-no_free_seat = { $position }（{ $title }）没有空缺：核定 { $approved }，在岗 { $filled }，预留 { $reserved }。请先空出编制、以方案提高编制，或请总经理注明理由后超编。
err-roster_over_headcount = { $position }（{ $title }）：{ $rows } 行需要编制，但只空出 { $free } 个（核定 { $approved }，在岗 { $filled }，预留 { $reserved }）。请先以方案提高编制，或少导入几人。
err-employee_separated = { $id } 已离职：记录保留，但不能再调岗。
err-already_erased = { $id } 的个人信息已于 { $on } 由 { $by } 删除。
err-ambiguous_position = 有多个岗位名为 `{ $title }`（在 { $depts }）：请同时写明部门，或写岗位编号（`POS-…`）。
err-ambiguous_department = 有多个部门名为 `{ $name }`：请写部门编号（`DEP-…`）。
err-position_not_in_dept = { $position } 不是 { $dept } 的岗位：请核对部门或岗位。
err-bad_choice = `{ $text }` 不是{ $field }的有效值：请用 { $choices } 之一。
err-end_before_start = 结束日期 { $end } 早于开始日期 { $start }。
err-bad_email = `{ $text }` 不是电子邮件地址（如 `name@example.com`）。
err-bad_phone = `{ $text }` 不是电话号码：应为至少七位数字，中间可有空格、+、-、( ) 或 /（例如 `+86 138 0000 0001`）。
err-empty_roster = 花名册没有数据：文件须有标题行和至少一名员工。
err-roster_too_long = 花名册有 { $rows } 行；一次最多导入 { $max } 行。请拆分文件。
err-roster_rejected = 花名册未导入，没有任何改动。须修正的问题共 { $count } 个：

## audit export, backup, restore
action-take_backup = 备份（含全部明文个人资料）
progress-export = 正在导出审计日志
progress-backup = 正在备份审计日志
progress-personal = 正在备份个人资料
progress-restore = 正在恢复
progress-verify_file = 正在校验文件
audit-head_keep = 请把这一行保存在本机之外（例如董事的邮箱）。日后运行 `renshi audit verify --head { $head }` 即可证明日志仍含这条事件，且此前的记录未被改写。
audit-head_verified = 日志中第 { $seq } 条事件与保存时一致，哈希链完整：已核验 { $count } 条事件。
audit-file_holds_head = 文件包含保存的链头（第 { $seq } 条事件）：此前没有任何内容被改写。
audit-file_verified = { $file } 完整：共 { $count } 条事件，最后一条为 { $head }。
audit-backup_verified = 备份 { $file } 完整：共 { $count } 条事件，最后一条为 { $head }；个人资料 { $personal } 份。
audit-file_binary = 其中 { $count } 条事件由旧版 renshi 以二进制编码写入：其在链中的位置已核验，内容只有 renshi 能读。
cli-exported = 已导出 { $events } 条事件到 { $file }；最后一条为 { $head }。
cli-backed_up = 已备份 { $events } 条事件和 { $personal } 份个人资料到 { $file }；最后一条事件为 { $head }。
cli-restored = 已恢复 { $events } 条事件和 { $personal } 份个人资料到 { $path }；最后一条事件为 { $head }，与备份一致。可用 `renshi serve --store { $path }` 提供服务。
cli-restored_skipped = 有 { $count } 份个人资料所属人员不在日志中（在备份写入期间才加入），未恢复。
err-output = 无法写入 { $file }：{ $detail }。没有写入任何内容；请选择有写入权限的位置。
err-input = 无法读取 { $file }：{ $detail }。
err-is_directory = 这是一个目录
err-file_line = { $file } 第 { $line } 行：{ $problem }
err-file_event = { $file } 第 { $line } 行（第 { $seq } 条事件）：{ $problem }
err-restore_export = { $file } 是审计日志导出文件，不是备份：其中没有个人资料。请用 `renshi backup FILE` 写出的文件恢复。
err-restore_refused = 没有恢复任何内容到 { $path }：{ $why }
err-head_gone = 日志在第 { $end } 条事件处结束，早于保存的第 { $seq } 条事件：日志末尾的事件已丢失。请从该事件之后的备份恢复数据库。
err-head_differs = 日志的第 { $seq } 条事件不是保存时的那一条：日志在该处或之前被改写。请从 `renshi audit verify --file FILE` 显示该头部的备份恢复数据库。
err-head_not_found = 日志（共 { $end } 条事件）中没有任何事件带有保存的哈希：日志已被改写，或该哈希属于另一个数据库。请核对哈希；以 `SEQ:HASH` 形式给出可查明日志在何处不同。
file-unreadable = 无法读取（{ $detail }）。
file-too_long = 该行超过 { $max } 字节，renshi 写出的行都不会这么长：这不是导出或备份文件，或文件已损坏。
file-not_text = 该行不是 `UTF-8` 文本：文件已损坏。
file-not_a_file = 文件开头不像 renshi 的审计导出或备份。
file-unknown_version = 文件格式为第 { $version } 版，此版 renshi 无法读取：请使用更新的 renshi。
file-not_a_line = 该行不是 renshi 写出的格式（{ $detail }）：文件被改动或已损坏。
file-hex = 其 `{ $field }` 不是长度正确的十六进制：文件被改动或已损坏。
file-time = 其时间不是有效时间：文件被改动或已损坏。
file-out_of_order = 它不是下一条应有的第 { $expected } 条事件：有事件缺失、重复或顺序错乱。
file-link = 它与前一条事件接不上：有事件被删除、插入或改写。
file-hash_differs = 其内容与哈希不符：文件被改动或已损坏。
file-disagrees = 其 `{ $field }` 与经哈希的内容不一致：文件被改动。
file-codec = 其编码（{ $codec }）此版 renshi 不认识，或字段与编码不符。
file-content = 其内容无法读作事件（{ $detail }）。
file-clock_back = 其时间 { $at } 早于之前某条事件的时间（{ $latest }），超出时钟允许回拨的范围。
file-extra = 文件应结束处之后还有内容：文件被改动。
file-cut_short = 文件在第 { $found } 条事件后结束，但文件头说有 { $expected } 条：文件被截短。
file-head_differs = 最后一条事件不是文件头指明的那一条：文件被改动。
file-personal_order = { $id } 的个人资料重复或顺序不对：备份中每人只有一份，按编号排列。文件被改动。
file-personal_not_erased = 日志已清除 { $id } 的个人资料，但备份中仍有资料：文件被改动。
file-personal_erased_unlogged = { $id } 的个人资料记为已清除，但日志中从未清除：文件被改动。
file-personal_bad_field = { $id } 的个人资料中 `{ $field }` 不符合文本规则（控制字符、长度）：文件被改动。
file-kept_differs = 第 { $seq } 条事件不是保存的那一条：日志在它之前被改写。
file-kept_missing = 文件中没有一条事件是保存的链头：日志被改写，或这是另一家公司的链头。
file-kept_beyond = 文件在第 { $events } 条事件结束，早于保存的链头（第 { $seq } 条）：有事件丢失。
file-no_trailer = 文件缺少最后一行：文件被截短。
file-trailer_differs = 其 `{ $field }` 与文件内容不符：文件被截短或改动。
file-checksum_differs = 文件校验和不符：链外的某一行（文件头或个人资料）被改动或损坏。

emp-probation = 试用期
emp-regular = 正式
emp-separated = 已离职
contract-probation = 试用合同
contract-fixed_term = 固定期限合同
contract-open_ended = 无固定期限合同
emp-contract_until = { $kind }，{ $start } 至 { $end }
emp-contract_open = { $kind }，自 { $start } 起
emp-list_separator = 、
emp-joined = 入职，岗位 { $position }（{ $status }）
emp-imported = 从原有花名册录入，岗位 { $position }（{ $status }）
emp-edited = 修改资料：{ $fields }
emp-personal_changed = 修改个人信息：{ $fields }
emp-transferred = 由 { $from } 调至 { $to }
emp-transferred_over = 由 { $from } 超编调至 { $to }：{ $reason }
emp-personal_erased = 个人信息已删除

## people screen (the directory, an employee's record, the forms about employees)

tab-people = 员工
key-people = 员工
key-sort_next = 换排序列
key-sort_reverse = 反向排序
key-add_employee = 录入员工
key-edit_employee = 编辑
key-transfer_employee = 调岗
key-erase_personal = 删除个人信息
layer-people = 员工
layer-employee = 员工档案
col-number = 工号
col-status = 状态
col-start = 入职日期
people-title = 员工
people-title_scoped = 本部门员工
people-empty = 还没有员工。人资部可按 `n` 录入，或用 `renshi import employees FILE.csv` 导入整份花名册。
people-empty_scoped = 您负责的部门还没有员工：部门负责人只能看到本部门的员工。
people-reading = 已读取 { $read } / { $total }…
people-ranked = 最匹配的在前
people-contracts = 合同
people-no_contracts = 没有合同记录。
people-contract_none = 未记录
people-personal = 个人信息
people-no_personal = 没有记录。
people-masked = 已遮盖：只有人资部和本人可以看到全部内容。
people-erased = 已于 { $on } 由 { $by } 删除。
people-history = 履历
people-no_history = 自 renshi 开始建档以来没有变动。
people-free_seats = 空缺 { $n }
people-erase_question = 删除 { $who } 的个人信息？删除后无法恢复；档案会记录删除的时间和操作人。
people-masked_no_edit = 您看到的是遮盖后的个人信息，因此不能编辑。
field-number = 工号
field-name = 姓名
field-reason = 理由
field-erase_ground = 删除依据
field-erase_ground_label = 删除依据
field-start_date = 入职日期（年-月-日）
field-contract_end = 合同终止日期（年-月-日）
form-add_employee = 录入员工
form-edit_employee = 编辑员工资料
form-transfer = 调至其他岗位
form-transfer_over = 超编调岗
form-erase_personal = 删除个人信息
form-erase_ground_required = 必须填写删除依据，例如本人的请求或要求删除的法律规定。
form-reason_required = 必须填写理由：理由会随调岗一并记录。
form-override_hint = { $position }（{ $title }）没有空缺：核定 { $approved }，在岗 { $filled }，预留 { $reserved }。您是总经理，仍可调岗：请在意见中写明理由后再次保存。
msg-employee_added = 员工已录入。
msg-transferred = 已调岗。
msg-personal_erased = 个人信息已删除。
msg-nothing_changed = 没有改动，未保存。
## people on the command line, import and export

emp-col_number = 工号
emp-col_start = 入职
emp-none = 没有可显示的员工。
emp-history = 履历
emp-no_personal = 未记录个人信息。
emp-erased_on = 个人信息已于 { $at } 由 { $by } 删除。
emp-masked_note = （已遮蔽：只有人事部和本人能看到完整的个人信息）
emp-added = 员工已录入。
emp-edited_done = { $id } 已修改。
emp-transferred_to = { $id } 已调至 { $to }。
emp-erased = { $id } 的个人信息已删除；员工记录及履历保留。
emp-edit_nothing = 没有要修改的内容：请给出 `--number`、`--name` 或某项个人信息（`--phone`、`--email`…）。
emp-edit_masked = 您看到的 { $id } 个人信息是遮蔽的，无法在此修改：请找人事部。
import-reading = 读取中
import-sending = 发送中
import-checking = 检查中
import-committing = 导入中
import-done = 已导入 { $n } 名员工：{ $first } … { $last }。
import-checked = 全部 { $n } 行都可以导入（编号为 { $first } … { $last }）。未写入任何内容（`--dry-run`）。
import-problem = 第 { $line } 行，`{ $column }`：{ $text }
import-more = …… 另有 { $n } 个问题。
export-progress = 导出中
export-written = 已将 { $n } 行写入 { $path }。
export-cannot_write = 无法写入 { $path }：{ $detail }。未写入任何内容：请选择您有写入权限的目录。
export-masked = 您只能看到遮蔽后的个人信息，这些列已留空（`id_number`、`phone`、`email`、`address`、`bank_account`）：只有人事部能导出完整信息。
err-csv_open = 无法读取 { $path }：{ $detail }。
err-csv_too_large = 文件大于 { $max } MiB；没有这么大的花名册。请拆分文件，或确认是否选对了文件。
err-csv_header_not_utf8 = 标题行不是 `UTF-8` 文本：请将文件另存为 `CSV UTF-8`。
err-csv_header = 标题行与花名册的列不符（未知：{ $unknown }；缺少：{ $missing }；重复：{ $twice }）。可用的列为：{ $columns }（`name`、`position` 和 `start_date` 为必填）。
err-csv_too_many_rows = 文件超过 { $max } 行；一次最多导入这么多行。请拆分文件。
err-csv_read = 文件在第 { $line } 行无法读取：{ $detail }。
err-csv_row_too_long = 此行超过 { $max } `KiB`，读取到此为止。引号开始一个值却没有结束，会让文件其余部分都成为一个值：请检查引号。
err-csv_field_count = 此行有 { $found } 个值，标题行有 { $want } 个：是否多了或少了逗号，或有引号未结束？
err-csv_field_too_long = 此值长 { $bytes } 字节；任何一列都不超过 { $max } 字节。
err-csv_not_utf8 = 此值不是 `UTF-8` 文本：请将文件另存为 `CSV UTF-8`。
err-stage_lost = 本次导入发送的行没有全部送达（{ $expected } 行中的 { $staged } 行；与服务的连接中断，或等待过久）：未导入任何内容。请重新导入。
err-busy_staged = renshi 服务已为导入保存了 { $n } MiB 的数据：请稍后再试。
err-busy_yours_staged = 您已有 { $n } MiB 的数据在等待导入；服务不再为同一用户保存更多。请先完成或停止另一次导入。
err-csv_header_too_long = 标题行超过 { $max } `KiB`：这不是花名册文件（或其中有引号未结束）。
err-csv_cr_only = 文件的行只以回车符（`CR`）结尾（旧版 `Mac` 程序的写法），整个文件读起来只有一行。请重新另存为使用 `Windows` 或 `Unix` 换行的 `CSV`（`Excel` 中选 `CSV UTF-8`）。
err-reason_required = 请说明理由：{ $action }须填写理由，理由记入审计日志。

## recruitment in the terminal (screens, keys, forms)

tab-recruit = 招聘
tab-delegations_short = 委托
tab-recruit_short = 招聘
layer-recruit = 用人申请
layer-req = 一份用人申请
key-recruit = 招聘
key-raise_req = 提交用人申请
key-prev_stage = 上一阶段
key-next_stage = 下一阶段
key-edit_req = 修改
key-resubmit_req = 重新提交
key-cancel_req = 撤销用人申请
key-add_candidate = 添加候选人
key-move_on = 推进
key-schedule = 安排面试
key-feedback = 填写评价
key-offer = 发录用通知
key-answer = 登记答复
key-hire = 办理入职
key-drop_candidate = 淘汰 / 撤回
key-assess = 试用期考核
key-train = 登记培训
key-start_work = 上岗
key-formal_contract = 正式合同
key-open_review = 开启试用期考核
field-req_count = 人数
field-req_reason = 理由
field-wanted_start = 希望到岗日期（年-月-日）
field-contract_start = 生效日期（年-月-日）
field-interview_at = 时间（年-月-日 时:分）
field-interviewers = 面试官
field-score = 评分
field-recommend = 建议
field-probation_months = 试用期
field-answer = 答复
field-drop_kind = 方式
field-legal_name = 证件姓名
field-probation_end = 试用期结束（年-月-日）
field-verdict = 结论
field-extend_to = 延长至（年-月-日）
field-on_day = 日期（年-月-日）
field-runner = 招聘负责人（登录名）
field-assign_to = 招聘负责人（可留空）
rqf-raise = 提交用人申请
rqf-edit = 修改用人申请
rqf-resubmit = 重新提交签批
rqf-cancel = 撤销用人申请
rqf-sign = 签批用人申请
rqf-add_candidate = 添加候选人
rqf-schedule = 安排面试
rqf-feedback = 面试评价
rqf-offer = 发录用通知
rqf-answer = 候选人的答复
rqf-drop = 淘汰或撤回
rqf-hire = 办理入职
rqf-assess = 试用期考核
rqf-open_review = 开启试用期考核
rqf-open_review_note = 考核人会在到期前于待办中看到它。开启后，结束日期只能通过延长试用期（仅一次）更改。
rqf-train = 岗前培训
rqf-start_work = 上岗
rqf-formal_contract = 正式合同
rq-raised = 用人申请已提交，送签批人签批。
rq-cancelled = 用人申请已撤销，预留的编制已释放。
rq-candidate_added = 候选人已添加。
rq-scheduled = 面试已安排。
rq-feedback_given = 您的评价已记录。
rq-offered = 录用通知已发出。
rq-answered = 答复已登记。
rq-dropped = 候选人已结束。
rq-hired = 已入职，进入试用期；编制已占用。
rq-assessed = 考核已记录。
rq-review_opened = 已开启 { $who } 的试用期考核，{ $end } 到期。
rq-score = { $n } / 5
rq-months_default = 按公司规定
rq-months = { $n } 个月
rq-title = 用人申请，最新的在前
rq-empty = 没有可显示的用人申请。部门负责人按 `n` 提交。
rq-no_runner = （人事）
rq-col_hired = 已入职
rq-col_free = 空缺
rq-col_candidates = 候选人
rq-col_applied = 已申请
rq-col_interviewing = 面试
rq-col_offered = 已发通知
rq-col_accepted = 已接受
rq-col_closed = 已结束
rq-header = { $dept } · 申请人 { $author } · 到岗 { $start } · 招聘负责人 { $runner }
rq-fact = { $label }：{ $value }
rq-col_filled = 录用
key-assign_req = 指派负责人
rqf-assign = 指派招聘负责人
rq-assigned = 已指派招聘负责人。
rq-pipeline = 候选人（{ $n }）
rq-no_candidates = 还没有候选人。
rq-detail = 详情
rq-cand_line = { $stage }，已 { $age }
rq-became = 员工 { $id }
rq-no_interviews = 还没有面试。
rq-your_feedback = 等您填写评价：按 `f`。
rq-you_sign = 等您签批：`a` 批准，`r` 否决，`b` 退回。
rq-hiring = 入职与试用期
rq-outcome_pending = 待考核
rq-outcome_passed = 已通过
rq-outcome_failed = 未通过
rq-probation = 试用期 { $start } 至 { $end }：{ $outcome }
rq-extended_from = （由 { $end } 延长）
rq-onboarding = 岗前培训与上岗：
rq-no_training = 尚未登记培训。
rq-no_review = 试用期中，尚未开启考核。
rq-training_line = { $on } { $what }（{ $trainer }）
rq-not_started = 尚未上岗。

## recruitment (requisitions, candidates, interviews, probation)

action-raise_req = 提出用人申请
action-edit_req = 修改此用人申请
action-resubmit_req = 重新提交此用人申请
action-sign_req = 签批此用人申请
action-assign_req = 指派招聘负责人
action-cancel_req = 撤销此用人申请
action-override_seats = 批准岗位超编
action-add_candidate = 添加候选人
action-schedule_interview = 安排面试
action-give_feedback = 填写面试评价
action-offer = 发出并登记录用通知
action-drop_candidate = 淘汰或撤回候选人
action-hire = 办理入职
action-onboard = 登记岗前培训与上岗
action-assess_probation = 进行试用期考核
action-formal_contract = 登记正式合同
action-view_reqs = 查看用人申请
action-view_report = 查看招聘报表
col-count = 数量
col-dept = 部门
col-hired = 已录用
col-max_days = 最长天数
col-max_hours = 最长小时
col-mean_days = 平均天数
col-mean_hours = 平均小时
col-open = 进行中
col-step = 环节
col-waiting_now = 正在等待
contract-signed = 已为 { $id } 登记正式合同，现为正式员工。
emp-assessed = 试用期考核（{ $step }）：{ $decision }
emp-formal_contract = 签订正式合同 { $number }
emp-probation_failed = 试用期考核未通过，劳动关系终止
emp-recruited = 经 { $req } 录用（候选人 { $candidate }）
emp-started_work = 于 { $on } 上岗
emp-trained = 岗前培训：{ $what }
err-assign_at_approval = { $req }：招聘负责人随人资部负责人的批准一并指派，不能随本次签批指派。请去掉 `--assign`，或使用 `renshi req assign { $req } --to LOGIN`。
err-bad_count = { $count } 超出范围：请填写 1 到 { $max }。
err-bad_panel = 面试需要 1 到 { $max } 名面试官，请用 `--with` 列出。
err-bad_score = { $score } 不是有效评分：请填写 1（差）到 5（优）。
err-candidate_closed = { $candidate } 已是“{ $stage }”，不能再办理。
err-extended_once = { $id } 的试用期已延长过一次（至 { $end }），不能再延长，请给出通过或不通过的结论。
err-feedback_given = 您已对 { $interview } 填写过评价，评价不能修改。
err-interview_open = { $interview } 仍有面试官未填写评价；面试评价齐全后才能发出录用通知。
err-no_review_open = { $id } 没有进行中的试用期考核。
err-not_hr = { $login } 不是人资人员，招聘须由人资部负责，请指派人资人员。
err-not_interviewer = 您不是 { $interview } 的面试官（面试官为：{ $interviewers }）。
err-not_joint = 面试由人资部与 { $dept } 共同进行：请用 `--with` 至少各列出一名面试官。
err-not_on_probation = { $id } 不在试用期。
err-not_runner = { $req } 由 { $runner } 负责，只有其本人或人资部负责人可以办理。
err-own_assessment = 任何人都不能考核自己的试用期。
err-probation_not_passed = { $id } 尚未通过试用期考核：部门与人资部均考核通过后才能签订正式合同。
err-probation_past_limit = 试用期将于 { $end } 结束，超过法定上限 { $limit }（自开始起 { $max } 个月），请提前结束日期。
err-probation_too_long = 试用期 { $months } 个月不允许：请填写 1 到 { $max }。
err-req_closed = { $req } 已是“{ $state }”，不能再更改。
err-req_not_open = { $req } 目前是“{ $state }”：批准后才能招聘候选人。
err-req_seats_taken = { $req } 的 { $count } 个名额均已发出录用通知或已录用。请等待答复，或另提用人申请。
err-review_exists = { $id } 已有试用期考核。
err-seats_short = { $position }（{ $title }）只有 { $free } 个空缺，需要 { $wanted } 个：核定 { $approved }（超编 +{ $overridden }），在岗 { $filled }，预留 { $reserved }。可用编制方案提高编制，或请总经理注明理由批准超编（`renshi req override { $position } -m TEXT`）。
err-start_in_past = 开始日期 { $start } 已过（今天是 { $today }），请填写之后的日期。
err-too_many_candidates = { $req } 已有 { $max } 名候选人，请先淘汰部分再添加。
err-wrong_stage = { $candidate } 目前是“{ $stage }”，此操作需要候选人处于：{ $stages }。
event-candidate_added = 添加候选人
event-candidate_dropped = 候选人淘汰或撤回
event-candidate_hired = 候选人入职
event-feedback_given = 面试评价
event-formal_contract = 正式合同
event-interview_scheduled = 安排面试
event-offer_answered = 录用通知答复
event-offer_made = 发出录用通知
event-probation_assessed = 试用期考核
event-probation_started = 试用期开始
event-req_assigned = 指派招聘负责人
event-req_cancelled = 撤销用人申请
event-req_edited = 修改用人申请
event-req_raised = 提出用人申请
event-req_resubmitted = 重新提交用人申请
event-req_signed = 签批用人申请
event-seats_overridden = 批准超编
event-training_recorded = 岗前培训
event-work_started = 上岗
field-candidate_name = 姓名
field-contact = 联系方式
field-contract_no = 合同编号
field-cv_notes = 简历备注
field-place = 地点
field-source = 来源
field-trainer = 培训人
field-training = 培训内容
inbox-assess = 试用期考核（{ $end } 到期）
inbox-assign_req = 指派招聘负责人
inbox-contract_ends = 合同 { $end } 到期
inbox-formal_contract = 签订正式合同
inbox-give_feedback = 填写面试评价
inbox-move_accepted = 办理入职（已接受录用）
inbox-move_applied = 安排面试
inbox-move_interviewing = 录用或淘汰
inbox-move_offered = 登记录用答复
inbox-onboard = 登记岗前培训与上岗
inbox-req_decided = { $by }：{ $decision }
inbox-revise_req = 修改用人申请
inbox-sign_req = 签批用人申请
inbox-sign_req_for = 代 { $whom } 签批用人申请
kind-candidate = 候选人
kind-interview = 面试
kind-requisition = 用人申请
recommend-hire = 建议录用
recommend-hold = 待定
recommend-no_hire = 不建议录用
req_state-cancelled = 已撤销
req_state-filled = 已满员
req_state-open = 招聘中
req_state-rejected = 已驳回
req_state-returned = 已退回
req_state-submitted = 签批中
stage-accepted = 已接受
stage-applied = 已申请
stage-declined = 已谢绝
stage-hired = 已入职
stage-interviewing = 面试中
stage-offered = 已发录用通知
stage-rejected = 已淘汰
stage-withdrawn = 已撤回
verdict-approve = 通过
verdict-reject = 不通过
verdict-return = 延长
req-resubmitted = { $id } 已重新送签。
req-cancelled = { $id } 已撤销，预留的编制已释放。
req-assigned = { $id } 现由 { $to } 负责。
req-none = 没有可显示的用人申请。
req-header = 部门 { $dept } · 申请人 { $author } · 到岗日期 { $start } · 招聘负责人 { $runner }
req-seats = 岗位编制：核定 { $approved }，在岗 { $filled }，预留 { $reserved }，空缺 { $free } · 本申请已录用 { $hired }
req-reason = 申请理由：
req-digest = 第 { $round } 轮，摘要 { $digest }（签批时可加 `--seen` { $digest }）
req-step_times = 各环节用时：
req-you_may_sign = 正等待您签批：`renshi approve { $id }`（或用 `reject` / `return` 并以 `-m` 说明）。
req-not_yours = 目前不由您签批：
req-candidates = 候选人：
req-waiting = 已等待 { $age }
cand-offer = 录用通知：{ $start } 到岗，试用期 { $months } 个月
fb-given = 您对 { $id } 的评价已记录。
fb-line = { $by }：{ $score }/5，{ $recommend }
fb-awaiting = 待评价：{ $who }
fb-hidden = 另有 { $n } 份评价暂不显示：面试官须先填写自己的评价，其他人待本轮评价齐全后可见。
hire-done = 已录用为 { $id }（试用期），编制已占用。
prob-until_needed = 延长试用期须用 `--until` 给出新的结束日期（`YYYY-MM-DD`）。
report-fill_title = 各部门招聘周期：
report-steps_title = 各环节用时，由慢到快（小时）：
recruit-use_cli = { $id }：请用 `renshi req show { $req }` 或招聘画面打开。
err-before_hire = { $on } 早于 { $id } 的入职日期（{ $hired }），请填写此后的日期。
req-paper_pending = 已登记 { $req } 的纸质签批；须另一位人资人员确认后生效（`renshi req confirm-paper { $req }`）。
req-paper_confirmed = 已确认 { $req } 的纸质签批：现在按签批人的决定生效。`renshi req show { $req }` 可查看现状。
prob-assessed = 您对 { $id } 的考核已记录：{ $verdict }（所见版本：{ $seen }）。
inbox-probation_due = 试用期 { $end } 到期（待：{ $role }）
field-date_of_birth = 出生日期
field-emergency_contact = 紧急联系人
err-in_future = { $on } 晚于今天（{ $today }）：请在事情发生后再登记。
err-not_started_yet = { $id } 于 { $start } 入职：试用期开始后才能考核。
err-not_passed_before = { $id }：部门考核未通过，不能转正。请延长试用期（仅一次）或终止，并说明理由。
err-already_started = { $id } 已于 { $on } 上岗。
err-interview_not_yet = 面试 { $interview } 定于 { $at }：面试后再填写评价。
err-interview_cancelled = { $interview } 已取消。
err-bad_interview_time = 不能安排在 { $at } 的面试：请给出 { $applied }（候选人申请之日）至一年之内的时间。
action-cancel_interview = 取消面试
event-interview_cancelled = 取消面试
int-cancelled = { $id } 已取消，不再等待评价。
inbox-find_candidates = 寻找候选人
int-cancelled_by = 已由 { $by } 取消：{ $reason }
col-reqs_filled = 已满员申请
prob-line = 试用期 { $start } 至 { $end }：{ $outcome }
prob-pending = 考核中
prob-passed = 已通过
prob-failed = 未通过
prob-seen = 考核第 { $round } 轮，摘要 { $digest }（考核时可加 `--seen` { $digest }）
offer-made = 已向 { $candidate } 发出录用通知；请用 `renshi offer accept { $candidate }` 或 `renshi offer decline { $candidate }` 登记答复。
offer-answered = 已登记 { $candidate } 的答复。
onboard-recorded = 已记入 { $id } 的档案。
key-time_report = 用时报表
key-override_seats = 批准超编
field-seats = 超编名额
rq-overridden = 已批准该岗位超编，理由记入编制台账与审计日志。
rqf-override = 批准超编（总经理）
event-candidate_erased = 候选人联系方式已删除
action-erase_candidate = 删除候选人的联系方式
cand-erased = { $id } 的联系方式和简历备注已删除；姓名和各阶段记录保留。
cand-erased_on = 联系方式和简历备注已于 { $at } 由 { $by } 删除。
key-erase_candidate = 删除联系方式和简历备注
form-unchosen = （请选择）
form-choose_one = 尚未选择：请用 ← → 选择，或输入文字搜索。
key-cancel_interview = 取消面试
rqf-cancel_interview = 取消一轮面试
confirm-paper_comment = 纸质签批意见：{ $comment }
form-erase_candidate = 删除候选人的联系方式和简历备注
cand-erase_question = 删除 { $who } 的联系方式和简历备注？删除后无法恢复；姓名和各阶段记录保留，并记录删除的时间和操作人。
msg-candidate_erased = { $id } 的联系方式和简历备注已删除。
audit-withheld = 面试官对 { $interview } 的反馈，在您提交自己的反馈之前不显示
err-feedback_first = 日志中有 { $interview } 的面试反馈，您须先提交自己的反馈才能查看：请先提交（`renshi feedback { $interview } --score SCORE --recommend hire -m TEXT`），或请其他审计人员导出。
err-req_paper_pending = { $recorded_by } 登记的 { $case } 纸质签批正等待另一位人资人员确认：请先确认（`renshi req confirm-paper { $case }`）或作废。
inbox-close_candidate = 请拒绝或登记退出：该用人申请已不再招聘
err-candidate_already_erased = { $id } 的联系方式和简历备注已于 { $on } 由 { $by } 删除。
err-interview_held = { $interview } 已经举行：{ $by } 已提交反馈。有反馈的面试不能取消；请其他面试官提交反馈。
err-no_interview_held = { $candidate } 还没有一场全部面试官都提交了反馈的面试：录用通知须在联合面试之后发出（已取消的面试不计）。
err-bad_birth_date = { $date } 不是可在职者的出生日期：须年满 { $min_age } 周岁，且日期不能相差百年。
err-bad_bank_account = `{ $text }` 不是银行账号：应为字母和数字，各组之间可有空格或连字符，至少八位数字。

## 离岗：离岗案、清单、办公用品、结算

kind-separation = 离岗案
field-asset_tag = 资产编号
field-item = 物品
sep_kind-resignation = 本人申请离职
sep_kind-advised = 部门劝辞
sep_kind-probation = 试用期考核未通过
sep_kind-not_renewed = 合同到期不续签
sep_kind-retirement = 退休
sep_kind-dismissal = 解除劳动合同
sep_kind-mutual = 协商一致解除
sep_state-open = 办理中
sep_state-closed = 已办结
sep_state-withdrawn = 已撤回
step_state-pending = 待办
step_state-done = 已完成
step_state-not_applicable = 不适用
item_fate-returned = 已归还
item_fate-written_off = 已核销
item_fate-charged = 已折价赔偿
action-start_separation = 发起离岗案
action-tick_step = 勾选离岗步骤
action-skip_step = 将步骤标为不适用
action-acknowledge_step = 确认离岗步骤
action-equipment = 登记发放的办公用品
action-settle = 登记离职结算
action-close_separation = 办结离岗案
action-withdraw_separation = 撤回离岗案
action-certificate = 打印离职证明
event-separation_started = 发起离岗案
event-step_done = 离岗步骤已完成
event-step_acknowledged = 离岗步骤已确认
event-equipment_issued = 发放办公用品
event-equipment_settled = 办公用品已处理
event-settlement_recorded = 登记离职结算
event-separation_closed = 离岗案办结：员工已离职
event-separation_withdrawn = 离岗案撤回
emp-separation_started = 发起离岗案 { $case }（{ $kind }）
emp-separated_on = 于 { $on } 离职（{ $case }）
emp-separation_withdrawn = 离岗案 { $case } 已撤回：继续留任
inbox-offboard_step = { $step }（{ $due } 前）
inbox-acknowledge_step = 请确认：{ $step }
inbox-step_overdue = 负责人逾期未办：{ $step }（{ $due } 前）
inbox-close_separation = 各步骤均已完成：请办结此案
err-case_not_open = { $case } { $state }：清单不再变动。
err-own_separation = { $case } 是您本人的离岗案：步骤由他人勾选，您只需确认。
err-step_done = { $case } 的步骤 { $step } 已完成（{ $by }）。
err-not_your_step = { $case } 的步骤 { $step } 由{ $owner }勾选。
err-step_gated = { $case } 的步骤 { $step } 须先完成：{ $waiting }。
err-no_such_step = { $case } 没有步骤 `{ $step }`。其步骤为：{ $steps }（也可用序号 1、2……）。
err-kind_not_yours = 您不能发起此类离岗案（{ $kind }）。您可发起：{ $allowed }。
err-case_open = { $id } 已有办理中的离岗案：{ $case }。请继续办理该案，或先将其撤回。
err-last_day_before_notice = 最后工作日 { $last_day } 早于提出日期 { $notice }：请给出当日或之后的日期。
err-last_day_too_far = 最后工作日 { $last_day } 距提出日期 { $notice } 超过一年。
err-handover_to_needed = { $case } 的工作交接须写明接手的同事：请加上 `--to EMP-…`。
err-bad_handover = { $to }（{ $name }）不能接手工作：请写明一位同部门、留任（本人不在办理离岗）的同事。
err-equipment_outstanding = { $case } 尚有办公用品未处理：{ $tags }。请逐件登记为归还、核销或折价赔偿。
err-settlement_first = { $case } 的结算步骤须登记结算后完成：`renshi offboard settle { $case } --last-pay AMOUNT`。
err-not_leaving = 只有离岗员工本人能确认 { $case } 的步骤。
err-no_acknowledgement = { $case } 的步骤 { $step } 无需确认。
err-step_not_done = { $case } 的步骤 { $step } 尚未完成：完成后再确认。
err-acknowledged = 您已确认过 { $case } 的步骤 { $step }。
err-duplicate_tag = 资产编号 { $tag } 已发放给 { $holder }：同一编号同时只能发给一人。
err-too_many_items = { $id } 已持有 { $max } 件物品，已达上限。
err-no_such_item = { $id } 未持有编号为 { $tag } 的物品：`renshi equipment list { $id }` 可查看其持有的物品。
err-item_settled = 物品 { $tag } 已处理（{ $fate }）。
err-bad_amount = `{ $text }` 不是以 { $currency } 计的金额：请写如 1,234.50 的数字（逗号只用于每三位分隔），不得为负，小于 10,000,000,000，小数位不超过该币种。
err-bad_currency = `{ $text }` 不是币种代码：请用三个字母，如 `CNY`、`USD`、`EUR`。
err-settlement_negative = 扣款超过应付：合计将为 { $total } { $currency }。员工欠款请另行登记。
err-paid_before_notice = 支付日期 { $paid_on } 早于提出日期 { $notice }：请核对日期。
err-steps_open = { $case } 尚有未完成的步骤，不能办结：{ $steps }。请勾选，或注明理由标为不适用。
err-before_last_day = { $case } 须在最后工作日 { $last_day } 当日或之后办结：员工在此之前仍在岗工作。
err-not_withdrawable = { $case } 源于试用期考核未通过，不能撤回。
err-agreement_signed = { $case } 的离职协议已签订：不能再撤回。
err-no_certificate = { $case } 尚未办结：办结后方可打印离职证明。

err-close_own_case = { $case } 是您发起的：请由另一位人资部负责人办结，离岗不由一人决定。
err-close_overruled = 您替负责人将 { $case } 的步骤 { $step } 标为不适用：请由另一位人资部负责人办结此案。
err-probation_by_assessment = { $id } 的试用期离岗案不能手动发起：试用期考核（部门与人资部）未通过时自动发起。
err-bad_tag = `{ $tag }` 不是资产编号：只能用字母 `A`–`Z`、数字及 - _ . /，与标签一致。
err-equipment_settled_first = { $case } 的办公用品已处理完毕：请将此物品写入该步骤的备注，或在结案后登记。
err-nothing_charged = { $tag } 的赔偿金额为零：请改为登记核销（`--written-off`）。
action-view_equipment = 查看发放给某人的物品

action-write_off = 核销物品或折价赔偿

err-handover_gone = { $case } 的工作已交接给 { $to }，但其后已离职、调岗或也在办理离岗：请部门重新勾选工作交接，写明一位留任的同事。
err-bad_mail_address = `{ $address }` 不是 `renshi` 可发送的邮件地址：请写成 `name@example.com` 的形式，`@` 之前只用字母、数字和 `.` `_` `+` `-`。
err-bad_language = `renshi` 不支持 `{ $language }`：请选择 `en`、`zh-Hans` 或 `zh-Hant`。
err-mail_unchanged = 无需更改：{ $login } 的邮件设置已如所求。

# --- offboarding: screens (TUI keys go below this line) ---

tab-offboard = 离岗
tab-offboard_short = 离岗
layer-offboard = 离岗案列表
layer-separation = 一个离岗案
key-offboard = 离岗
key-start_separation = 新建离岗案
key-show_all = 办理中/全部
key-tick_step = 勾选
key-acknowledge = 确认
key-settle_item = 物品交回
key-record_settlement = 结算
key-skip_step = 不适用
key-issue_item = 发放物品
key-certificate = 离职证明
key-close_case = 办结
key-withdraw_case = 撤回
sep-title_open = 离岗案：办理中
sep-title_all = 离岗案：全部
sep-empty_open = 没有您可查看的办理中离岗案。按 `a` 可同时显示已办结和已撤回的案件。
sep-empty_all = 没有您可查看的离岗案。
sep-ready_to_close = 各步骤均已完成
sep-col_employee = 员工
sep-col_kind = 类型
sep-col_last_day = 最后工作日
sep-col_progress = 步骤
sep-col_next = 下一步到期
sep-col_no = #
sep-nobody = 无人（没有用户担任此角色）
sep-col_step = 步骤
sep-col_responsible = 负责人
sep-col_due = 到期日
sep-col_state = 状态
sep-col_ack = 确认
sep-steps_title = 清单：已完成 { $done }/{ $total }
sep-overdue_count = { $n } 个步骤逾期
sep-header = 最后工作日 { $last_day } · 提出日期 { $notice } · { $dept } · { $position }
sep-closed_by = { $by } 于 { $on } 办结：该员工已离职。
sep-withdrawn_by = { $by } 于 { $on } 撤回：{ $why }
sep-reason = 原因：{ $why }
sep-reason_hidden = 原因：已记录，不向您显示。
sep-state_gated = 等待中
sep-state_done = 已完成 { $by } { $on }
sep-state_na = 不适用 { $by } { $on }
sep-ack_waiting = 待
sep-overdue = 已逾期
sep-done_by = { $by } 于 { $at } 完成
sep-na_by = { $by } 于 { $at } 标记为不适用
sep-handed_to = 交接给
sep-ack_on = 员工已于 { $at } 确认
sep-ack_not_yet = 员工尚未确认
sep-waits_for = 须先完成
sep-why_na = 不适用的原因
sep-yours = 此步骤由您勾选：请按 { $key }。
sep-settlement = 财务结算
sep-settlement_none = 尚未记录。
sep-settlement_hidden = 已记录，不向您显示。
sep-total = 合计
sep-may_close = 各步骤均已完成：按 { $key } 办结此案。
sep-equipment = 办公用品
sep-no_items = 未发放任何物品。
sep-item_out = 未交回
sep-issued_on = { $on } 发放
sep-started = 已新建离岗案。
sep-ticked = 已勾选该步骤。
sep-skipped = 已将该步骤标记为不适用。
sep-item_settled = 已记录该物品。
sep-settled = 已记录结算。
sep-withdrawn = 已撤回此案：该员工留任。
sep-item_issued = 已发放物品。
sep-closed = 已办结：该员工已离职，岗位空出。
sep-acknowledged = 已确认。
sep-confirm_ack = 确认 { $case } 的“{ $step }”？由 { $by } 于 { $at } 完成。
sep-confirm_close = 办结 { $case }？{ $name } 自 { $last_day } 起离职，其岗位空出。此操作不可撤销。
sep-no_items_out = { $case }：没有未交回的物品。
sep-certificate_title = 离职证明，{ $case }
sepf-record = 记录
sepf-start = 新建离岗案
sepf-tick = 勾选步骤
sepf-tick_handover = 勾选工作交接
sepf-skip = 此步骤不适用
sepf-settle_item = 物品的去向
sepf-settle = 记录财务结算
sepf-withdraw = 撤回此案：员工留任
sepf-issue_item = 发放物品
sepf-reason = 原因
sepf-skip_reason = 不适用的原因
sepf-withdraw_reason = 撤回原因
sepf-issued_on = 发放日期
sepf-employee = 员工
sepf-kind = 类型
sepf-notice = 提出日期
sepf-last_day = 最后工作日
sepf-handover_to = 交接给
sepf-item = 物品
sepf-fate = 去向
sepf-amount = 赔偿金额
sepf-currency = 币种
sepf-last_pay = 最后一期工资
sepf-leave_paid = 未休假折算
sepf-compensation = 经济补偿
sepf-deductions = 扣款
sepf-paid_on = 支付日期
sepf-asset_tag = 资产编号
sepf-item_name = 物品名称
sepf-total = 应付合计：{ $total } { $currency }
sepf-person = → { $name }（{ $number }，{ $id }）
sepf-looking_up = 查找中…（`EMP-0001` 或工号）
sepf-reason_required = 必须说明原因：原因随案保存。

# --- offboarding: commands (CLI keys go below this line) ---
cli-sep_ticked = { $case }：{ $step } 已完成（{ $done }/{ $steps } 步）。
cli-sep_skipped = { $case }：{ $step } 已标为不适用（{ $done }/{ $steps } 步）。
cli-sep_acked = { $case }：您已确认 { $step }。
cli-sep_closed = { $case } 已办结：{ $name }（{ $employee }）自 { $last_day } 起离职，其编制空出。
cli-sep_withdrawn = { $case } 已撤回：{ $name }（{ $employee }）继续留任。
cli-sep_item_settled = { $case }：{ $tag } { $fate }。
cli-sep_equipment_done = 物品均已处理：{ $case } 的办公用品交接步骤已完成。
cli-sep_settled = { $case }：离职结算已登记，合计 { $total } { $currency }，支付日期 { $paid_on }。
cli-sep_none = 没有办理中的离岗案（`renshi offboard list --all` 也列出已结束的）。
cli-sep_none_all = 没有离岗案。
cli-sep_col_employee = 员工
cli-sep_col_kind = 类型
cli-sep_col_last_day = 最后工作日
cli-sep_col_progress = 进度
cli-sep_col_next = 下一步
cli-sep_col_due = 到期日
cli-sep_col_overdue = 逾期
cli-sep_notice = 提出日期
cli-sep_last_day = 最后工作日
cli-sep_started_by = 发起人
cli-sep_closed_by = 办结人
cli-sep_withdrawn_by = 撤回人
cli-sep_withdrawn_because = 撤回原因：
cli-sep_reason = 原因：
cli-sep_step_note = 备注：
cli-sep_checklist = 清单（已完成 { $done }/{ $steps }）：
cli-sep_step_owner = { $role }：{ $who }
cli-sep_step_due = 到期日 { $due }
cli-sep_overdue = ，已逾期
cli-sep_step_by = 由 { $by } 于 { $at } 完成
cli-sep_handover_to = 接手人
cli-sep_acknowledged = 员工已于 { $at } 确认
cli-sep_not_acknowledged = 员工尚未确认
cli-sep_waits_for = 须先完成：{ $steps }
cli-sep_equipment = 办公用品：
cli-sep_settlement = 离职结算：
cli-sep_no_settlement = 尚未登记。
cli-sep_settlement_hidden = 已登记；金额仅供人资、财务、总经理和员工本人查看。
cli-sep_last_pay = 最后一期工资
cli-sep_leave = 未休假折算
cli-sep_compensation = 经济补偿
cli-sep_deductions = 扣款
cli-sep_total = 合计
cli-sep_paid_on = 支付日期
cli-sep_next = 您接下来可以：
cli-equip_issued = { $tag } 已发放给 { $id }。
cli-equip_none = { $id } 未持有办公用品。
cli-equip_out = 未归还
cli-equip_col_tag = 资产编号
cli-equip_col_item = 物品
cli-equip_col_issued = 发放
cli-equip_col_settled = 处理

## Mail from the daemon (`notify`)

lang-en = 英文
lang-zh-Hans = 简体中文
lang-zh-Hant = 繁体中文
mail-item_subject = renshi：{ $case } — { $what }
mail-item_body = { $name }，您好：

    { $case }“{ $title }”已进入您的 `renshi` 待办：{ $what }。

    通过 `SSH` 处理：

    { $command }

    或打开 `renshi`，在待办中找到它。
mail-notice_body = { $name }，您好：

    { $case }“{ $title }”：{ $what }。

    通过 `SSH` 查看：

    { $command }
mail-items_subject = renshi：您有 { $n } 项新的待办
mail-items_intro = { $name }，您好：

    您的 `renshi` 待办中新增了 { $n } 项，每项附处理命令：
mail-closing = — renshi{ $company }
    您收到此邮件，是因为您的 `renshi` 账号设有邮件地址。如需停止：`ssh { $host } renshi notify off`
mail-digest_subject = renshi：您有 { $n } 项待办（{ $day }）
mail-digest_intro = { $name }，您好：

    您在 `renshi` 中有 { $n } 项待办，按时间先后列出，每项附处理命令：
mail-waiting = 已等待 { $age }
mail-digest_more = …… 另有 { $n } 项：`renshi inbox` 可列出全部。
mail-digest_due = 30 天内到期或已逾期：
mail-overdue_since = 自 { $day } 起逾期
cli-notify_set_what = 请说明要设置什么：`--address` 或 `--language`（`--lang` 只决定本命令自身消息的语言；`renshi notify on` 和 `renshi notify off` 开启和关闭邮件）。
cli-notify_set_for = 已保存 { $login } 的邮件设置。
cli-notify_no_address = 您没有邮件地址：不会给您发邮件。请用 `renshi notify set --address you@example.com` 设置。
cli-notify_mine_on = 您的邮件发往 { $address }，使用{ $language }。
cli-notify_mine_idle = 您的邮件将发往 { $address }，使用{ $language }，但守护进程以 `--mailer` 运行后才会发送（见 `README` 的 `Mail` 一节）。
cli-notify_mine_off = 您已关闭邮件（{ $address }，{ $language }）；`renshi notify on` 可重新开启。
cli-notify_mailer = 邮件经 { $program } 发出，发件人 { $from }；每日摘要于公司时间 { $hour } 发送。
cli-notify_no_mailer = 不发送邮件：只有以 `--mailer` 启动守护进程时 `renshi` 才发邮件（见 `README` 的 `Mail` 一节）。
cli-notify_none = 没有排队或已发送的邮件。
cli-notify_people = 谁会收到邮件：
cli-notify_col_user = 用户
cli-notify_col_mail = 邮件
cli-notify_col_to = 收件人
cli-notify_col_queued = 排队时间
cli-notify_col_about = 关于
cli-notify_col_state = 状态
cli-notify_col_none = 没有地址
cli-notify_on = 开启
cli-notify_off = 关闭
cli-notify_digest = 摘要 { $day }
cli-notify_error = 上次失败：{ $error }
cli-notify_sent = 已发送 { $at }
cli-notify_dropped = 未发送：邮件已关闭
cli-notify_waiting = 等待发送
cli-notify_retrying = 已失败 { $n } 次，下次尝试 { $next }
inbox-greeting = renshi：您有 { $n } 项待办：{ $ids }

## Evaluation and training (courses, sessions, cycles, evaluations)

step-hr_review = 人资部长审核
kind-course = 课程
kind-session = 培训场次
kind-cycle = 考评周期
kind-evaluation = 考评
field-course_title = 课程名称
field-certificate = 证书编号
field-attendees = 参训人员
field-cycle_name = 周期名称
field-score_comment = 评分说明
field-template = 模板名称
field-criterion = 考评项目名称
field-language = 语言
field-grade = 等级
course_kind-onboarding = 入职培训
course_kind-professional = 专业培训
course_kind-safety = 安全培训
course_kind-compliance = 合规培训
course_kind-other = 其他
standing-missing = 未参加
standing-expired = 已过期
standing-expiring = 即将到期
standing-done = 已完成
eval_stage-not_started = 未开始
eval_stage-draft = 已评分，未提交
eval_stage-submitted = 待签批
eval_stage-signed_off = 已签批
eval_stage-acknowledged = 本人已确认
eval_stage-probation_pending = 试用期：待考核
eval_stage-probation_passed = 试用期：已通过
eval_stage-probation_failed = 试用期：未通过
eval_kind-periodic = 定期考评
eval_kind-probation = 试用期考核
action-add_course = 新增课程
action-edit_course = 修改课程
action-close_course = 停开课程
action-plan_session = 安排培训场次
action-record_result = 登记培训结果
action-open_cycle = 开启考评周期
action-close_cycle = 结束考评周期
action-score_evaluation = 考评评分
action-self_assess = 自我评估
action-submit_evaluation = 提交考评
action-sign_evaluation = 签批考评
action-acknowledge_evaluation = 确认考评结果
action-view_review_report = 查看培训缺口与考评报表
action-view_dashboard = 查看总览
event-course_added = 新增课程
event-course_edited = 课程已修改
event-course_closed = 课程已停开
event-session_planned = 已安排培训场次
event-attendees_enrolled = 已增加参训人员
event-training_result = 已登记培训结果
event-cycle_opened = 考评周期已开启
event-cycle_closed = 考评周期已结束
event-evaluation_scored = 考评已评分
event-self_assessed = 已提交自我评估
event-evaluation_submitted = 考评已提交签批
event-evaluation_signed = 考评已签批
event-evaluation_acknowledged = 考评结果已确认
inbox-sign_evaluation = 请签批此考评
inbox-sign_evaluation_for = 请代 { $whom } 签批此考评
inbox-acknowledge_evaluation = 您的考评已签批：请阅读并确认
inbox-self_assess = 本考评周期请您做自我评估
inbox-revise_evaluation = 已退回：请重新评分
inbox-score_evaluations = 您部门有 { $count } 人待考评
inbox-training_gaps = 您部门有 { $count } 人缺少此必修课程或已过期
inbox-certificates_expire = { $count } 张证书将在 30 天内到期，最早为 { $first }
err-bad_template = 考评模板无法使用：{ $reason }。
err-unknown_template = 没有名为 `{ $name }` 的考评模板。请从以下选择：{ $known }。
err-weights_not_100 = 权重合计为 { $sum }，不是 100（{ $weights }）。请调整使其合计为 100。
err-unknown_criterion = 此模板没有考评项目 `{ $key }`。其考评项目为：{ $known }。
err-criterion_twice = 考评项目 `{ $key }` 评了两次分。每个项目只给一个分数。
err-bad_criterion_score = `{ $text }` 不是 `{ $key }` 的有效分数。请给 1 到 5 的整数。
err-criteria_missing = 每个考评项目都要评分：{ $keys } 尚未评分。
err-course_closed = 课程 { $course } 已停开：不能再安排场次或增加参训人员。
err-duplicate_course = 已有名为 `{ $title }` 的开放课程（{ $id }）。
err-bad_hours = `{ $text }` 不是有效的学时。请给 0.1 到 1000 小时，例如 1.5。
err-bad_renewal = { $text } 个月不是有效的复训周期。请给 1 到 { $max } 个月，或不设。
err-too_many_attendees = 一个场次最多 { $max } 人。其余人员请另排场次。
err-not_attendee = { $employee } 未参加 { $session }。请先将其加入该场次，或在其参加的场次登记结果。
err-bad_training_score = `{ $text }` 不是有效的培训成绩。请给 0 到 100 的整数，或不填。
err-certificate_without_pass = 证书 { $certificate } 只随“通过”发放：未通过的结果没有证书。
err-nothing_changed = { $id } 已是如此：没有变更。
err-cycle_closed = 考评周期 { $cycle } 已结束：其考评不能再评分或提交。
err-duplicate_cycle = 已有名为 `{ $name }` 的进行中考评周期（{ $id }）。
err-cycle_too_long = 从 { $from } 到 { $to } 的周期太长：最长三年。
err-outside_cycle = { $employee } 不在考评周期 { $cycle } 的考评范围内。
err-evaluation_not_draft = { $id } 已提交：除非签批人退回，否则分数不能再改。
err-not_scored_yet = { $id } 尚未评分。请先为每个考评项目评分再提交。
err-no_employee_record = 登录名 { $login } 没有关联员工：只有员工本人才能自我评估。
err-no_self_assessment = 考评周期 { $cycle } 不要求自我评估。
err-not_your_evaluation = { $id } 不是您的考评：只有被考评的员工本人才能确认。
err-not_signed_off_yet = { $id } 尚未签批，签批后才能确认。
err-already_acknowledged = { $id } 已确认过。
err-own_evaluation = 任何人都不能为自己的考评评分或签批。

# --- evaluation and training: dashboard screen (TUI keys go below this line) ---

# --- evaluation and training: review screens (TUI keys go below this line) ---
tab-review = 考评培训
tab-review_short = 考评
key-review = 考评培训
key-show_cycles = 考评
key-show_courses = 培训
key-show_gaps = 缺口
key-new_cycle = 开启考评周期
key-score = 评分
key-submit_evaluation = 提交
key-acknowledge_evaluation = 确认已阅
key-record_result = 记录结果
key-focus_sessions = 场次
key-focus_attendees = 学员
layer-review = 考评与培训
layer-cycle = 考评周期的人员
layer-evaluation = 一份考评
layer-course = 一门课程

# --- evaluation and training: commands (CLI keys go below this line) ---
