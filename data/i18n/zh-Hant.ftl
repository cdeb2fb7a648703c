### 繁體中文。程式中的鍵 `節.名` 在此寫作 `節-名`；`{ $name }` 在執行時填入。中文不分單複數。

## role

role-admin = 系統管理員
role-hr_staff = 人資專員
role-hr_head = 人資部負責人
role-dept_head = 部門負責人
role-division_head = 分管負責人
role-general_manager = 總經理
role-board = 董事會
role-admin_dept = 行政管理部
role-finance = 財務部
role-employee = 員工

## state

state-draft = 草稿
state-submitted = 已提交
state-returned = 已退回
state-approved = 已批准
state-rejected = 已否決

## step

step-board = 董事會審批
step-division_head = 分管負責人
step-general_manager = 總經理
step-hr_head = 人資部負責人
step-dept_assessment = 部門考核
step-hr_assessment = 人資考核

## decision

decision-approve = 批准
decision-reject = 否決
decision-return = 退回修改

## tab

tab-audit = 審計日誌
tab-inbox = 待辦 ({ $n })
tab-org = 組織
tab-plans = 定編方案

## header

header-demo = 演示
header-link_lost = 與服務斷開，正在重連…

## inbox

inbox-title = 等您處理，最早的在前
inbox-empty = 沒有等您處理的事項。
inbox-sign_plan = 簽批方案
inbox-sign_plan_for = 代 { $whom } 簽批
inbox-revise_plan = 修改方案
inbox-confirm_paper = 確認 { $by } 登記的紙質簽批

## col

col-seq = 序號
col-when = 時間
col-who = 操作人
col-id = 編號
col-what = 事項
col-title = 標題
col-waiting = 已等
col-department = 部門
col-position = 崗位
col-approved = 定編
col-filled = 在崗
col-reserved = 預留
col-free = 空缺
col-state = 狀態
col-author = 擬稿人
col-waiting_for = 待簽

## org

org-position_closed = 此崗位已撤銷。
org-tree_counts = 在崗/定編
org-no_departments = 還沒有部門。請用 `renshi department add 名稱 [--parent DEP-01]` 新建。
org-departments = 部門
org-duties = 崗位職責
org-history = 定編歷史
org-opening = 初始定編
org-staff = 在崗人員
org-staff_hidden = 在崗人員：僅人資、總經理及本部門負責人可見。
org-on_probation = （試用）
org-no_position = 未選擇崗位。
org-closed = 已撤銷

## plans

plans-title = 定編方案
plans-empty = 還沒有方案。總經理按 n 新建。

## plan

plan-change_n = 變更 { $n }
plan-byline = { $author } 擬，{ $created }
plan-lines = 變更
plan-change = 變更內容
plan-no_lines = 還沒有變更：按 + 添加。
plan-timeline = 簽批
plan-waiting = ← 等待中
plan-not_submitted = 尚未提交。
plan-you_sign_for = 您代 { $whom } 簽批（授權）。
plan-submitted_round = 第 { $round } 輪送簽：{ $at }
plan-pending_paper = { $by } 登記的 { $signer } 紙質簽批，待另一位人資人員確認。
plan-seen_hint = 簽批此版本：renshi approve { $id } --seen { $seen }

## line

line-also_in = 未結方案 { $plans } 也變更此崗位：以先批准者為準。
line-duties = 崗位職責：
line-duties_now = 現行職責：
line-duties_new = 擬改為：
line-position_counts = 定編 { $approved }，在崗 { $filled }
line-new_position = { $dept } 新設崗位 { $title }，定編 { $n }
line-set_headcount = { $id } { $title }：定編 { $from } → { $n }（已佔 { $occupied }）
line-change_duties = { $id } { $title }：修改崗位職責
line-close_position = { $id } { $title }：撤銷崗位
line-kind_new = 新設崗位
line-kind_headcount = 調整定編
line-kind_duties = 修改職責
line-kind_close = 撤銷崗位

## sig

sig-by = { $decision }：{ $signer }
sig-for = （代 { $whom }）
sig-paper = { " " }[紙質 { $ref }，{ $by } 登記]
sig-paper_confirmed = { " " }[紙質 { $ref }，{ $by } 登記，{ $confirmed } 確認]

## age

age-minutes = { $n }分
age-hours = { $n }時
age-days = { $n }天

## form

form-discard = 再按 Esc 放棄已填寫的內容；按其他鍵繼續編輯。
form-no_match = 沒有與「{ $text }」相符的選項：按 Backspace 修改。
form-submit = 提交簽批
form-paper_binding = 您登記的是紙質簽批：記錄將寫明簽批人、紙質編號和登記人（您）。
form-paper = 登記紙質簽批
form-comment_required_unless_approve = 除批准外必須填寫意見。
form-new_plan = 新建定編方案
form-edit_plan = 編輯 { $id }
form-add_line = 添加變更
form-edit_line = 編輯變更 { $n }
form-sign_approve = 批准
form-sign_reject = 否決
form-sign_return = 退回修改
form-sign_binding = 簽批具有約束力，將連同您的姓名和時間記錄在案。
form-comment_required = 必須填寫意見：請說明理由。
form-comment_optional = 意見可不填。
form-none = （無）
form-discard_paper = 作廢已登記的紙質簽批

## confirm

confirm-title = 請確認
confirm-submit = 提交 { $id } 簽批？提交後除非被退回，不能再修改。
confirm-remove_line = 從 { $id } 刪除變更 { $n }？
confirm-paper = 確認 { $by } 登記的 { $id } 紙質簽批（簽批人 { $signer }，編號 { $ref }）？確認後即作為 { $signer } 的簽批生效，並記錄您為第二人。

## msg

msg-paper_recorded = 已登記紙質簽批。
msg-submitted = 已提交簽批。
msg-line_removed = 已刪除變更。
msg-plan_created = 方案已建立。按 + 添加變更。
msg-saved = 已保存。
msg-approved = 已批准並記錄。
msg-rejected = 已否決並記錄。
msg-returned = 已退回修改並記錄。
msg-refreshed = 已刷新。
msg-paper_confirmed = 已確認紙質簽批。
msg-paper_discarded = 已作廢紙質簽批。

## help

help-more = ↓ 更多
help-title = 按鍵（Esc 關閉）

## layer

layer-audit = 審計日誌
layer-picker = 選擇用戶
layer-global = 全局
layer-list = 列表
layer-inbox = 待辦
layer-org = 組織
layer-plans = 定編方案
layer-plan = 方案
layer-form = 表單
layer-confirm = 確認
layer-help = 幫助

## key

key-audit = 審計日誌
key-verify = 核驗日誌鏈
key-sign = 簽批
key-switch_user = 切換身分（演示）
key-choose = 選擇
key-record_paper = 登記紙質簽批
key-inbox = 待辦
key-org = 組織
key-plans = 定編方案
key-next_screen = 下一屏
key-prev_screen = 上一屏
key-help = 幫助
key-refresh = 刷新
key-quit = 退出
key-up = 上
key-down = 下
key-page_up = 上翻頁
key-page_down = 下翻頁
key-first = 第一項
key-last = 最後一項
key-left = 光標 / 上一選項
key-right = 光標 / 下一選項
key-open = 打開
key-back = 返回
key-focus_tree = 部門
key-focus_positions = 崗位
key-new_plan = 新建方案
key-edit_plan = 編輯標題
key-add_line = 添加變更
key-edit_line = 編輯變更
key-remove_line = 刪除變更
key-submit_plan = 提交
key-approve = 批准
key-reject = 否決
key-return = 退回
key-save = 保存
key-cancel = 取消
key-confirm = 確認
key-close = 關閉
key-next_field = 下一欄
key-prev_field = 上一欄
key-confirm_paper = 確認紙質簽批
key-discard_paper = 作廢紙質簽批

## field

field-signer = 簽批人
field-decision = 決定
field-paper_ref_label = 紙質編號
field-title = 標題
field-new_title = 崗位名稱
field-note = 說明
field-line_kind = 變更類型
field-department = 部門
field-position = 崗位
field-duties = 崗位職責
field-headcount = 定編人數
field-comment = 意見
field-plan_title = 方案標題
field-position_title = 崗位名稱
field-dept_name = 部門名稱
field-display_name = 顯示名稱
field-login = 登入名稱
field-paper_ref = 紙質文件編號

## kind

kind-department = 部門
kind-position = 崗位
kind-plan = 方案
kind-user = 用戶
kind-employee = 員工
kind-delegation = 授權

## action

action-register_user = 登記用戶
action-create_department = 新建部門
action-move_department = 移動部門
action-rename_department = 重命名部門
action-draft_plan = 擬定定編方案
action-edit_plan = 修改定編方案
action-submit_plan = 提交定編方案
action-sign_plan = 簽批此方案
action-record_paper = 登記紙質簽批
action-delegate = 授權代簽
action-revoke_delegation = 撤銷此授權
action-view_staff = 查看在崗人員
action-view_plans = 查看定編方案
action-view_users = 查看用戶
action-view_audit = 查看審計日誌
action-confirm_paper = 確認紙質簽批

## err

err-no_change = { $position } 已是如此：這項變更不會改變任何東西。請刪除它或改為其他變更。
err-no_seats = 新設崗位至少需要一個定編。
err-not_registered = 登入名稱 `{ $login }` 未在 renshi 中登記。請管理員用 `renshi user add { $login }` 添加。
err-denied = 您無權{ $action }：需要角色 { $need }。
err-not_your_department = { $dept } 不是您負責的部門。
err-empty_field = { $field }不能為空。
err-too_long = { $field }太長：最多 { $max } 個字。
err-bad_headcount = `{ $text }` 不是有效人數：請輸入 0 到 { $max } 的整數。
err-duplicate_title = { $dept } 已有名為 `{ $title }` 的崗位：請換一個名稱。
err-duplicate_department = { $dept } 下已有名為 `{ $name }` 的部門。
err-department_cycle = { $dept } 不能移到 { $parent } 之下：該部門就在它裡面。
err-not_found = 沒有{ $kind } { $id }。
err-position_closed = { $position } 已撤銷。
err-headcount_below_occupied = { $position } { $title } 不能降到 { $requested }：已有 { $occupied } 個席位在崗或預留。至少保留 { $occupied }。
err-close_occupied = { $position } 仍有在崗或預留的席位（{ $occupied }），不能撤銷：請先調崗或辦理離崗。
err-plan_not_editable = { $plan } 狀態為{ $state }，不能再修改。
err-plan_empty = { $plan } 沒有變更：提交前請至少添加一項。
err-not_awaiting_signature = { $plan } 狀態為{ $state }：不在等待簽批。
err-not_your_turn = { $plan } 正等待“{ $step }”，需要角色 { $role }。
err-already_signed = 本輪您已簽批過 { $plan }。
err-comment_required = 請說明理由：否決或退回必須填寫意見。
err-no_such_line = { $plan } 沒有第 { $line } 項變更。
err-duplicate_login = 登入名稱 `{ $login }` 已登記。
err-delegation_ended = 授權的截止日期不能早於今天。
err-delegation_to_self = 不能授權給自己。
err-duplicate_line = 方案已對 { $position } 做同樣的變更：請編輯那一項。
err-unknown_chain = 模板中沒有名為 `{ $name }` 的簽批鏈。
err-paper_signer = `{ $login }` 無權簽批此項：「{ $step }」需要角色 { $role }。
err-store_locked = 資料庫 { $path } 正被另一個 renshi 使用。如需多人同時使用，請在其上運行 `renshi serve` 並連接。
err-not_a_store = { $path } 不是 renshi 資料庫。請指定已有資料庫的目錄，或用 `renshi init --store 目錄` 在新的空目錄中建立（演示公司請執行 `renshi demo`）。
err-store_not_empty = { $path } 中已有文件：請為新資料庫選擇空目錄或新目錄。
err-store_unsupported = 資料庫 { $path } 的格式為 { $found }；本版 renshi 最高讀取格式 { $supported }。請使用更新的版本。
err-store_corrupt = 資料庫 { $path } 已損壞：{ $detail }
err-store_io = 無法使用 { $path }：{ $detail }
err-audit_broken = 審計日誌在第 { $seq } 條事件處斷裂：{ $reason }
err-protocol = { $detail }
err-four_eyes_author = { $login } 是 { $case } 的起草人，起草人不能簽批自己的方案（四眼原則）。
err-four_eyes_signed = { $login } 已在本輪簽批了 { $case } 的「{ $step }」；一人只簽一步（四眼原則）。
err-four_eyes_nobody = 沒有其他人擔任 { $role }：請登記另一位擔任該角色的人，或由人資部負責人登記紙質簽批。
err-four_eyes_one = 現在只有 { $who } 可以簽批。
err-four_eyes_some = 可以簽批的人：{ $who }。
err-changed_since_seen = { $case } 在您查看之後已有變動（現為第 { $round } 輪，{ $digest }）：請重新查看（`renshi plan show { $case }`）後再簽批。
err-one_line_only = { $field }只能是一行：請刪去換行。
err-bad_character = { $field }在第 { $at } 個字處含有控制字元或不可見字元（{ $code }）：請刪去。
err-not_author = { $case } 由 { $author } 起草：只有起草人可以修改。
err-duplicate_role = 角色 { $role } 重複：每個角色只給一次。
err-scope_needed = 角色 { $role } 需要指定部門：為每個部門加上 --dept DEP-..。
err-already_revoked = { $id } 已經撤銷。
err-paper_own = 這是您本人的簽批：請直接核准、駁回或退回，不要登記紙質簽批。
err-paper_pending = { $recorded_by } 登記的 { $case } 紙質簽批正等待另一位人資人員確認：請先確認（`renshi plan confirm-paper { $case }`）或作廢。
err-no_pending_paper = { $case } 沒有等待確認的紙質簽批。
err-second_person = 此紙質簽批由 { $recorded_by } 登記：須由另一位既非登記人也非簽批人的人資人員確認。
err-too_many_lines = { $plan } 已有 { $max } 項變更，已達上限：請拆成兩個方案。
err-disk_full = { $path } 所在磁碟已滿，未儲存任何內容。請騰出空間後重試。
err-store_truncated = 資料庫 { $path } 遺失了紀錄：日誌止於第 { $log_end } 筆，但其頭檔 { $file } 記錄為第 { $recorded } 筆。請從備份還原。
err-head_mismatch = 資料庫 { $path } 第 { $seq } 筆紀錄與其頭檔 { $file } 不符：日誌已被改動。請從備份還原。
err-too_large = 此變更過大（{ $bytes } 位元組，上限 { $max }）：請縮短文字。
err-no_space = { $path } 所在磁碟已滿：騰出空間之前無法開啟資料庫。未做任何變更。
err-busy_connections = renshi 服務正忙（{ $n } 個連線）：請稍後再試。
err-busy_yours = renshi 服務正忙：您已占用 { $n } 個連線。請關閉部分 renshi 視窗，或稍後再試。
err-busy_arriving = renshi 服務正忙（正在接收 { $n } MiB 請求）：請稍後再試。
err-busy_yours_arriving = renshi 服務正忙（正在接收您的 { $n } MiB 請求）：請稍後再試。

## event

event-company_named = 公司命名
event-department_created = 新建部門
event-department_moved = 移動部門
event-department_renamed = 部門更名
event-position_created = 新設崗位
event-headcount_set = 核定定編
event-duties_changed = 修改職責
event-position_closed = 撤銷崗位
event-user_registered = 登記用戶
event-employee_hired = 登記員工
event-plan_drafted = 擬定方案
event-plan_edited = 修改方案
event-plan_line_added = 添加變更
event-plan_line_replaced = 編輯變更
event-plan_line_removed = 刪除變更
event-plan_submitted = 提交方案
event-plan_signed = 簽批方案
event-delegation_granted = 授權代簽
event-delegation_revoked = 撤銷授權
event-zone_set = 設定時區
event-paper_recorded = 登記紙質簽批（待確認）
event-paper_discarded = 作廢紙質簽批

## audit

audit-title = 審計日誌（最新在前）
audit-verified = 審計日誌完整：已核驗 { $count } 條事件。

## cli

cli-bad_keys = 按鍵設定無法使用：{ $detail }。請修正該檔案或不使用它（--keys）。
cli-comment_hint = 請用 -m "…" 填寫。
cli-already_served = 已有 renshi 服務在 { $socket } 上提供 { $path }：請直接連線（執行 renshi 即可）。
cli-as_refused = --as 僅用於演示資料庫；在正式資料庫中您以自己的系統登入名稱操作。
cli-bad_lang = 未知語言 `{ $lang }`：請用 en、zh-Hans 或 zh-Hant。
cli-bad_role = 未知角色 `{ $role }`：請用 admin、hr_staff、hr_head、dept_head、division_head、general_manager、board、admin_dept、finance 或 employee。
cli-bad_decision = 未知決定 `{ $decision }`：請用 approve、reject 或 return。
cli-demo_created = 已在 { $path } 建立演示公司。
cli-initialized = 已在 { $path } 建立資料庫；{ $login } 為管理員。
cli-submitted = { $id } 已提交簽批。
cli-signed_approve = { $id } 已核准（所見版本：{ $seen }）。
cli-signed_reject = { $id } 已駁回（所見版本：{ $seen }）。
cli-signed_return = { $id } 已退回修改（所見版本：{ $seen }）。
cli-paper_pending = 已登記 { $id } 的紙質簽批；須另一位人資人員確認後生效（`renshi plan confirm-paper { $id }`）。
cli-paper_recorded = 已登記 { $id } 的紙質簽批。

## picker

picker-title = 演示：您想以誰的身分操作？
picker-hint = 審計日誌同時記錄您本人的登入名稱。
picker-switched = 您現在以 { $who } 的身分操作。
