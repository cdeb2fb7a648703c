### 繁體中文（臺灣、香港用語）。程式中的鍵 `節.名` 在此寫作 `節-名`；`{ $name }` 在執行時填入。中文不分單複數。
### 用語：儲存、游標、新增、畫面、檔案、資料、預設、訊息、使用者、帳號、設定、登入、
### 執行、簽核、核准、駁回、員額、職位、在職、紙本、稽核紀錄、示範。

## role

role-admin = 系統管理員
role-hr_staff = 人資專員
role-hr_head = 人資主管
role-dept_head = 部門主管
role-division_head = 事業部主管
role-general_manager = 總經理
role-board = 董事會
role-admin_dept = 行政管理部
role-finance = 財務部
role-employee = 員工

## state

state-draft = 草稿
state-submitted = 已送出
state-returned = 已退回
state-approved = 已核准
state-rejected = 已駁回
state-withdrawn = 已撤回

## step

step-board = 董事會核准
step-division_head = 事業部主管
step-general_manager = 總經理
step-hr_head = 人資主管
step-dept_assessment = 部門考核
step-hr_assessment = 人資考核

## decision

decision-approve = 核准
decision-reject = 駁回
decision-return = 退回修改

## tab

tab-audit = 稽核紀錄
tab-inbox = 待辦 ({ $n })
tab-org = 組織
tab-plans = 員額計畫
tab-users = 使用者
tab-delegations = 委託
tab-org_short = 組織
tab-plans_short = 計畫
tab-audit_short = 稽核

## header

header-demo = 示範
header-link_lost = 與服務的連線中斷，正在重新連線…

## inbox

inbox-title = 等您處理，最早的在前
inbox-empty = 沒有等您處理的事項。
inbox-sign_plan = 簽核計畫
inbox-sign_plan_for = 代 { $whom } 簽核
inbox-revise_plan = 修改計畫
inbox-confirm_paper = 確認 { $by } 登記的紙本簽核
inbox-plan_approved = 您的計畫已由 { $by } 核准
inbox-plan_rejected = 您的計畫被 { $by } 駁回

## col

col-seq = 序號
col-when = 時間
col-who = 操作者
col-id = 編號
col-what = 事項
col-title = 標題
col-waiting = 已等
col-department = 部門
col-position = 職位
col-approved = 員額
col-filled = 在職
col-reserved = 保留
col-free = 空缺
col-state = 狀態
col-author = 擬稿人
col-waiting_for = 待簽
col-login = 登入帳號
col-name = 姓名
col-roles = 角色
col-since = 起始
col-notes = 備註
col-own = 本部門
col-from = 授權人
col-to = 代簽人
col-until = 截止

## org

org-position_closed = 此職位已裁撤。
org-tree_counts = 在職/員額（含下級）
org-no_departments = 還沒有部門。請用 `renshi department add 名稱 [--parent DEP-01]` 新增。
org-departments = 部門
org-duties = 職責
org-history = 核定員額歷程
org-opening = 初始員額
org-staff = 在職人員
org-staff_hidden = 在職人員：僅人資、總經理及本部門主管可見。
org-on_probation = （試用）
org-no_position = 未選擇職位。
org-closed = 已裁撤
org-company_total = 全公司合計：{ $positions } 個職位，員額 { $approved }，在職 { $filled }，空缺 { $free }。

## plans

plans-title = 員額計畫
plans-empty = 還沒有計畫。總經理按 n 新增。
plans-overtaken_mark = 已被 { $by } 取代
plans-conflict_mark = 與 { $plans } 衝突

## plan

plan-change_n = 變更 { $n }
plan-byline = { $author } 擬，{ $created }
plan-lines = 變更
plan-change = 變更內容
plan-no_lines = 還沒有變更：按 + 新增。
plan-timeline = 簽核
plan-waiting = ← 等待中
plan-not_submitted = 尚未送出。
plan-you_sign_for = 您代 { $whom } 簽核（授權）。
plan-submitted_round = 第 { $round } 輪送簽：{ $at }
plan-pending_paper = { $by } 登記的 { $signer } 紙本簽核，待另一位人資人員確認。
plan-seen_hint = 簽核此版本：renshi approve { $id } --seen { $seen }
plan-detail = 詳情
plan-submitted = { $author } 送出
plan-resubmitted = { $author } 重新送出（第 { $round } 輪）
plan-timeline_submitted = { $by } 提交送簽
plan-timeline_resubmitted = { $by } 重新提交（第 { $round } 輪）
plan-timeline_withdrawn = { $by } 撤回
plan-overtaken = { $id } 已被取代：在它提交之後核准的 { $by } 變更了它所涉及的職位，因此不能再按原樣核准。
plan-overtaken_signer = 請退回修改或駁回。
plan-overtaken_author = 請撤回，並按現行數字重新擬定。
plan-overtaken_other = 簽核人將退回或駁回它。
plan-conflicts = 變更相同職位的未結計畫：{ $plans }。

## line

line-also_in = 未結案的計畫 { $plans } 也變更此職位：以先核准者為準。
line-duties = 職責：
line-duties_now = 現行職責：
line-duties_new = 擬改為：
line-position_counts = 員額 { $approved }，在職 { $filled }
line-new_position = { $dept } 新設職位 { $title }，員額 { $n }
line-set_headcount = { $id } { $title }：員額 { $from } → { $n }（已占 { $occupied }）
line-change_duties = { $id } { $title }：修改職責
line-close_position = { $id } { $title }：裁撤職位
line-kind_new = 新設職位
line-kind_headcount = 調整員額
line-kind_duties = 修改職責
line-kind_close = 裁撤職位
line-duties_then = 提交時的職責：
line-overtaken = 本計畫提交後已被 { $by } 變更：現行員額 { $now }。

## sig

sig-by = { $decision }：{ $signer }
sig-for = （代 { $whom }）
sig-paper = { " " }[紙本 { $ref }，{ $by } 登記]
sig-paper_confirmed = { " " }[紙本 { $ref }，{ $by } 登記，{ $confirmed } 確認]

## age

age-minutes = { $n }分鐘
age-hours = { $n }小時
age-days = { $n }天

## form

form-discard = 再按 Esc 放棄已填寫的內容；按其他鍵繼續編輯。
form-no_match = 沒有與「{ $text }」相符的選項：按 Backspace 修改。
form-submit = 送出簽核
form-paper_binding = 您登記的是紙本簽核：紀錄將寫明簽核人、紙本編號和登記人（您）。
form-paper = 登記紙本簽核
form-comment_required_unless_approve = 除核准外必須填寫意見。
form-new_plan = 新增員額計畫
form-edit_plan = 編輯 { $id }
form-add_line = 新增變更
form-edit_line = 編輯變更 { $n }
form-sign_approve = 核准
form-sign_reject = 駁回
form-sign_return = 退回修改
form-sign_binding = 簽核具有約束力，將連同您的姓名和時間記錄在案。
form-comment_required = 必須填寫意見：請說明理由。
form-comment_optional = 意見可不填。
form-none = （無）
form-discard_paper = 作廢已登記的紙本簽核
form-saving = 儲存中…
form-withdraw = 撤回計畫
form-add_user = 新增使用者
form-edit_user = 編輯 { $login }
form-delegate = 委託他人代簽

## confirm

confirm-title = 請確認
confirm-submit = 將 { $id } 送出簽核？送出後除非被退回，不能再修改。
confirm-remove_line = 從 { $id } 刪除變更 { $n }？
confirm-paper = 確認 { $by } 登記的 { $id } 紙本簽核（簽核人 { $signer }，編號 { $ref }）？紙本決定：{ $decision }。確認後即作為 { $signer } 的簽核生效，並記錄您為第二人。
confirm-delete_plan = 刪除草稿 { $id }？其編號不會再分配給其他計畫。
confirm-disable_user = 停用 { $login }？停用後不能再連線或簽核；其紀錄保留。
confirm-enable_user = 重新啟用 { $login }？
confirm-revoke = 立即結束委託 { $id }？

## msg

msg-paper_recorded = 已登記紙本簽核。
msg-submitted = 已送出簽核。
msg-line_removed = 已刪除變更。
msg-plan_created = 計畫已建立。按 + 新增變更。
msg-saved = 已儲存。
msg-approved = 已核准並記錄。
msg-rejected = 已駁回並記錄。
msg-returned = 已退回修改並記錄。
msg-refreshed = 已重新整理。
msg-paper_confirmed = 已確認紙本簽核。
msg-paper_discarded = 已作廢紙本簽核。
msg-withdrawn = 已撤回；簽核人會看到原因。
msg-plan_deleted = 草稿已刪除。
msg-user_added = 使用者已新增。
msg-user_disabled = 使用者已停用。
msg-user_enabled = 使用者已啟用。
msg-revoked = 委託已結束。
msg-delegated = 委託已記錄。

## help

help-more = ↓ 更多
help-title = 按鍵（Esc 關閉）

## layer

layer-audit = 稽核紀錄
layer-picker = 選擇使用者
layer-global = 所有畫面
layer-list = 清單
layer-inbox = 待辦
layer-org = 組織
layer-plans = 員額計畫
layer-plan = 計畫
layer-form = 表單
layer-confirm = 確認
layer-help = 說明
layer-filter = 輸入篩選
layer-users = 使用者
layer-editor = 編輯文字
layer-delegations = 委託
layer-flags = 多項選擇
layer-choice = 單項選擇

## key

key-audit = 稽核紀錄
key-verify = 驗證紀錄鏈
key-sign = 簽核
key-switch_user = 切換身分（示範）
key-choose = 選擇
key-record_paper = 登記紙本簽核
key-inbox = 待辦
key-org = 組織
key-plans = 員額計畫
key-next_screen = 下一個畫面
key-prev_screen = 上一個畫面
key-help = 說明
key-refresh = 重新整理
key-quit = 離開
key-up = 上
key-down = 下
key-page_up = 上一頁
key-page_down = 下一頁
key-first = 第一項
key-last = 最後一項
key-left = 游標 / 上一個選項（或輸入文字尋找）
key-right = 游標 / 下一個選項
key-open = 開啟
key-back = 返回
key-focus_tree = 部門
key-focus_positions = 職位
key-new_plan = 新增計畫
key-edit_plan = 編輯標題
key-add_line = 新增變更
key-edit_line = 編輯變更
key-remove_line = 刪除變更
key-submit_plan = 送出
key-approve = 核准
key-reject = 駁回
key-return = 退回
key-save = 儲存
key-cancel = 取消
key-confirm = 確認
key-close = 關閉
key-next_field = 下一欄
key-prev_field = 上一欄
key-confirm_paper = 確認紙本簽核
key-discard_paper = 作廢紙本簽核
key-users = 使用者
key-read_message = 檢視完整訊息
key-filter = 篩選
key-clear_filter = 清除篩選
key-filter_done = 保留篩選
key-scroll_down = 詳情下捲
key-scroll_up = 詳情上捲
key-read_entry = 檢視全文
key-newline = 換行
key-line_start = 行首
key-line_end = 行尾
key-word_left = 左移一詞
key-word_right = 右移一詞
key-delete_back = 刪除前一字
key-delete_forward = 刪除後一字
key-delete_word = 刪除前一詞
key-kill_to_start = 刪除至行首
key-kill_to_end = 刪除至行尾
key-undo = 復原
key-redo = 重做
key-delegations = 委託
key-add_user = 新增使用者
key-edit_user = 編輯使用者
key-disable_user = 停用/啟用
key-delegate = 委託他人代簽
key-revoke = 結束委託
key-withdraw_plan = 撤回
key-delete_plan = 刪除草稿
key-toggle = 勾選/取消

## field

field-signer = 簽核人
field-decision = 決定
field-paper_ref_label = 紙本編號
field-title = 標題
field-new_title = 職位名稱
field-note = 備註
field-line_kind = 變更類型
field-department = 部門
field-position = 職位
field-duties = 職責
field-headcount = 員額人數
field-comment = 意見
field-plan_title = 計畫標題
field-position_title = 職位名稱
field-dept_name = 部門名稱
field-company_name = 公司名稱
field-display_name = 顯示名稱
field-login = 帳號
field-mail_address = 郵件地址
field-paper_ref = 紙本文號
field-login_label = 帳號
field-display_name_label = 姓名
field-roles = 角色
field-delegate_to = 代簽人
field-until = 截止日期

## kind

kind-department = 部門
kind-position = 職位
kind-plan = 計畫
kind-user = 使用者
kind-employee = 員工
kind-staff_number = 員工編號
kind-delegation = 授權

## action

action-register_user = 登記使用者
action-create_department = 新增部門
action-move_department = 移動部門
action-rename_department = 重新命名部門
action-draft_plan = 擬定員額計畫
action-edit_plan = 修改員額計畫
action-submit_plan = 送出員額計畫
action-sign_plan = 簽核此計畫
action-record_paper = 登記紙本簽核
action-delegate = 授權代簽
action-revoke_delegation = 撤銷此授權
action-view_staff = 查看在職人員
action-view_plans = 查看員額計畫
action-view_users = 查看使用者
action-view_audit = 查看稽核紀錄
action-confirm_paper = 確認紙本簽核
action-discard_paper = 作廢紙本簽核
action-delete_plan = 刪除員額計畫
action-withdraw_plan = 撤回員額計畫
action-edit_user = 修改使用者
action-disable_user = 停用或啟用使用者
action-set_mail = 更改他人的郵件設定
action-view_delegations = 查看所有代簽授權
action-view_mail = 查看所有人的郵件

## err

err-no_change = { $position } 已是如此：這項變更不會改變任何東西。請刪除它或改為其他變更。
err-already_holds = { $id } 已在 { $position }：請選擇另一個職位調動。
err-nothing_edited = 這次編輯對 { $id } 沒有任何改變：請給出新的員工編號、姓名或個人資料。
err-no_seats = 新設職位至少需要一個員額。
err-not_registered = 帳號 `{ $login }` 未在 renshi 中登記。請管理員用 `renshi user add { $login } --name NAME --role ROLE` 新增。
err-denied = 您無權{ $action }：需要角色 { $need }。
err-not_your_department = { $dept } 不是您負責的部門。
err-empty_field = { $field }不能空白。
err-too_long = { $field }太長：最多 { $max } 個字。
err-bad_headcount = `{ $text }` 不是有效人數：請輸入 0 到 { $max } 的整數。
err-duplicate_title = { $dept } 已有名為 `{ $title }` 的職位：請換一個名稱。
err-duplicate_department = { $dept } 下已有名為 `{ $name }` 的部門。
err-department_cycle = { $dept } 不能移到 { $parent } 之下：該部門就在它裡面。
err-not_found = 沒有{ $kind } { $id }。
err-position_closed = { $position } 已裁撤。
err-headcount_below_occupied = { $position } { $title } 不能降到 { $requested }：已有 { $occupied } 個名額在職或保留。至少保留 { $occupied }。
err-close_occupied = { $position } 仍有在職或保留的名額（{ $occupied }），不能裁撤：請先辦理調職或離職。
err-plan_not_editable = { $plan } 狀態為{ $state }，不能再修改。
err-plan_empty = { $plan } 沒有變更：送出前請至少新增一項。
err-not_awaiting_signature = { $plan } 狀態為{ $state }：不在等待簽核。
err-not_your_turn = { $plan } 正等待「{ $step }」，需要角色 { $role }。
err-already_signed = 本輪您已簽核過 { $plan }。
err-comment_required = 請說明理由：駁回或退回必須填寫意見。
err-no_such_line = { $plan } 沒有第 { $line } 項變更。
err-duplicate_login = 帳號 `{ $login }` 已登記。
err-delegation_ended = 授權的截止日期不能早於今天。
err-delegation_to_self = 不能授權給自己。
err-duplicate_line = 計畫已對 { $position } 做同樣的變更：請編輯那一項。
err-unknown_chain = 範本中沒有名為 `{ $name }` 的簽核流程。
err-paper_signer = `{ $login }` 無權簽核此項：「{ $step }」需要角色 { $role }。
err-store_locked = 資料庫 { $path } 正被另一個 renshi 使用。如需多人同時使用，請在其上執行 `renshi serve` 並連線。
err-not_a_store = { $path } 不是 renshi 資料庫。請指定已有資料庫的目錄，或用 `renshi init --store 目錄` 在新的空目錄中建立（示範公司請執行 `renshi demo`）。
err-no_store = { $path } 還沒有資料庫：示範公司請執行 `renshi demo`（或 `renshi init --demo`），建立自己的公司請用 `renshi init --store 目錄`；用 `--store 目錄` 可指定別的資料庫。
err-store_not_empty = { $path } 中已有檔案：請為新資料庫選擇空目錄或新目錄。
err-store_symlink = { $path } 是符號連結（指向 { $to }）：新資料庫不經由連結建立。請直接給出目錄，例如 `--store { $to }`。
err-store_not_owner = 資料庫 { $path } 屬於 { $owner }：請以該帳號開啟（`runuser -u { $owner } -- renshi …`），或經由其常駐程式。
err-store_unsupported = 資料庫 { $path } 的格式為 { $found }；此版 renshi 最高讀取格式 { $supported }。請使用較新的版本。
err-store_corrupt = 資料庫 { $path } 已損毀：{ $detail }。請從備份還原資料庫（對副本執行 `renshi audit verify` 可確認其是否完整）。
err-store_io = 無法使用 { $path }：{ $detail }
err-audit_broken = 稽核紀錄在第 { $seq } 筆事件處斷裂：{ $reason }
err-protocol = { $detail }
err-four_eyes_author = { $login } 是 { $case } 的擬稿人，發起人不能簽核自己發起的事項（四眼原則）。
err-four_eyes_signed = { $login } 已在本輪簽核了 { $case } 的「{ $step }」；一人只簽一關（四眼原則）。
err-four_eyes_nobody = 沒有其他人擔任 { $role }：請登記另一位擔任該角色的人，或由人資人員登記紙本簽核（兩位人資人員：一人登記，另一人確認）。
err-four_eyes_one = 現在只有 { $who } 可以簽核。
err-four_eyes_some = 可以簽核的人：{ $who }。
err-changed_since_seen = { $case } 在您查看之後已有變動（現為第 { $round } 輪，{ $digest }）：請重新查看（`renshi plan show { $case }`）後再簽核。
err-one_line_only = { $field }只能是一行：請刪去換行。
err-bad_character = { $field }在第 { $at } 個字處含有控制字元或不可見字元（{ $code }）：請刪去。
err-lone_mark = { $field }在第 { $at } 個字處有一個組合記號或異體字選擇符（{ $code }），它前面沒有可附著的字：請刪去，或緊接在所屬的字後面。
err-not_author = { $case } 由 { $author } 擬稿：只有擬稿人可以修改。
err-duplicate_role = 角色 { $role } 重複：每個角色只給一次。
err-scope_needed = 角色 { $role } 需要指定部門：為每個部門加上 --dept DEP-..。
err-already_revoked = { $id } 已經撤銷。
err-paper_own = 這是您本人的簽核：請直接核准、駁回或退回，不要登記紙本簽核。
err-paper_pending = { $recorded_by } 登記的 { $case } 紙本簽核正等待另一位人資人員確認：請先確認（`renshi plan confirm-paper { $case }`）或作廢。
err-no_pending_paper = { $case } 沒有等待確認的紙本簽核。
err-second_person = 此紙本簽核由 { $recorded_by } 登記：須由另一位既非登記人也非簽核人的人資人員確認。
err-too_many_lines = { $plan } 已有 { $max } 項變更，已達上限：請拆成兩個計畫。
err-disk_full = { $path } 所在磁碟已滿，未儲存任何內容。請釋出空間後再試一次。
err-store_truncated = 資料庫 { $path } 遺失了紀錄：紀錄止於第 { $log_end } 筆，但其標頭檔 { $file } 記載為第 { $recorded } 筆。請從備份還原。
err-head_mismatch = 資料庫 { $path } 第 { $seq } 筆紀錄與其標頭檔 { $file } 不符：紀錄已被改動。請從備份還原。
err-head_unreadable = 資料庫 { $path } 的標頭檔 { $file } { $reason }，因此無法判斷紀錄末尾是否遺失了事件。請連同標頭檔從備份還原資料庫；如果確知沒有遺失，請在伺服器上執行 `renshi audit verify --accept-log --store { $path }`，驗證整條雜湊鏈並據此寫入新的標頭檔。
err-too_large = 此變更過大（{ $bytes } 位元組，上限 { $max }）：請縮短文字。
err-no_space = { $path } 所在磁碟已滿：釋出空間之前無法開啟資料庫。未做任何變更。
err-busy_connections = renshi 服務忙碌中（{ $n } 個連線）：請稍後再試。
err-busy_yours = renshi 服務忙碌中：您已占用 { $n } 個連線。請關閉部分 renshi 視窗，或稍後再試。
err-busy_arriving = renshi 服務忙碌中（正在接收 { $n } MiB 的請求）：請稍後再試。
err-busy_yours_arriving = renshi 服務忙碌中（正在接收您 { $n } MiB 的請求）：請稍後再試。
err-overtaken = { $plan } 不能核准：在 { $plan } 提交之後核准的 { $by } 變更了 { $position }。請退回或駁回 { $plan }；起草人可以撤回並重新擬定。
err-user_disabled = 使用者 `{ $login }` 已停用：請管理員啟用（`renshi user enable { $login }`）。
err-user_already_disabled = 使用者 `{ $login }` 已經停用。
err-user_not_disabled = 使用者 `{ $login }` 沒有停用。
err-own_account = 您不能停用自己的帳號，也不能取消自己的管理員角色：請另一位管理員處理。
err-bad_login = 帳號即作業系統帳號：只能包含小寫 `a-z`、`0-9`、`.`、`_` 和 `-`，並以字母或 `_` 開頭；`{ $login }` 不符合。
err-bad_date = `{ $text }` 不是日期：請寫成 `YYYY-MM-DD`（如 2027-03-31）。
err-plan_not_deletable = { $plan } 狀態為{ $state }：只能刪除從未提交的草稿。已提交的計畫請撤回。
err-plan_not_withdrawable = { $plan } 狀態為{ $state }：只能撤回已提交或被退回的計畫。

## event

event-company_named = 公司命名
event-department_created = 新增部門
event-department_moved = 移動部門
event-department_renamed = 部門更名
event-position_created = 新設職位
event-headcount_set = 核定員額
event-duties_changed = 修改職責
event-position_closed = 裁撤職位
event-user_registered = 登記使用者
event-employee_hired = 登記員工
event-plan_drafted = 擬定計畫
event-plan_edited = 修改計畫
event-plan_line_added = 新增變更
event-plan_line_replaced = 編輯變更
event-plan_line_removed = 刪除變更
event-plan_submitted = 送出計畫
event-plan_signed = 簽核計畫
event-delegation_granted = 授權代簽
event-delegation_revoked = 撤銷授權
event-zone_set = 設定時區
event-paper_recorded = 登記紙本簽核（待確認）
event-paper_discarded = 作廢紙本簽核
event-plan_deleted = 計畫已刪除
event-plan_withdrawn = 計畫已撤回
event-user_edited = 使用者已修改
event-user_disabled = 使用者已停用
event-user_enabled = 使用者已啟用
event-user_mail_set = 郵件設定已更改

## audit

audit-title = 稽核紀錄（最新在前）
audit-read_part = 已讀取 { $loaded }/{ $total } 筆，向下捲動讀取更早的
audit-read_cap = 已讀取 { $loaded }/{ $total } 筆；其餘請用 `renshi audit log --grep TEXT`
audit-verified = 稽核紀錄完整：已驗證 { $count } 筆事件。
audit-verifying = 正在驗證雜湊鏈…
audit-comment = 備註
audit-hash = 雜湊
audit-prev = 前一雜湊
audit-entry = 稽核紀錄 { $seq }

## cli

cli-bad_keys = 按鍵設定無法使用：{ $detail }。請修正該檔案或不使用它（--keys）。
cli-comment_hint = 請用 -m "…" 填寫。
cli-already_served = 已有 renshi 服務在 { $socket } 上提供 { $path }：請直接連線（執行 renshi 即可）。
cli-as_refused = --as 僅用於示範資料庫；在正式資料庫中，您以自己的作業系統帳號操作。
cli-bad_lang = 不支援的語言 `{ $lang }`：請用 en、zh-Hans 或 zh-Hant。
cli-bad_role = 未知角色 `{ $role }`：請用 admin、hr_staff、hr_head、dept_head、division_head、general_manager、board、admin_dept、finance 或 employee。
cli-bad_decision = 未知決定 `{ $decision }`：請用 approve、reject 或 return。
cli-demo_created = 已在 { $path } 建立示範公司。
cli-initialized = 已在 { $path } 建立資料庫；{ $login } 為管理員。
cli-submitted = { $id } 已送出簽核。
cli-signed_approve = { $id } 已核准（所見版本：{ $seen }）。
cli-signed_reject = { $id } 已駁回（所見版本：{ $seen }）。
cli-signed_return = { $id } 已退回修改（所見版本：{ $seen }）。
cli-paper_pending = 已登記 { $id } 的紙本簽核；須另一位人資人員確認後生效（`renshi plan confirm-paper { $id }`）。
cli-paper_recorded = 已登記 { $id } 的紙本簽核。
cli-paper_confirmed = 已確認 { $id } 的紙本簽核：現在依簽核人的決定生效。`renshi plan show { $id }` 可查看計畫現況。
cli-unknown_demo_login = `{ $login }` 不是示範公司的使用者。示範登入名稱：{ $logins }。
cli-head_rewritten = 雜湊鏈完整；已根據紀錄寫入新的標頭檔：第 { $seq } 筆事件。
cli-dept_without_scope = `--dept` 只用於 dept_head 和 division_head 角色：請用 `--role` 指定其中之一，或去掉 `--dept`。
cli-edit_nothing = 沒有要修改的內容：請指定 `--name`、`--role` 或 `--dept`。
cli-user_edited = 已修改 { $login }。
cli-user_disabled = { $login } 已停用：不能再連線或簽核。
cli-user_enabled = { $login } 已重新啟用。
cli-delegate_usage = 請指定 `--to 帳號` 和 `--until YYYY-MM-DD`，或使用 `renshi delegate list`。
cli-withdrawn = { $id } 已撤回。
cli-deleted = { $id } 已刪除。

## picker

picker-title = 示範：您想以誰的身分操作？
picker-hint = 稽核紀錄也會記錄您本人的登入帳號。
picker-switched = 您現在以 { $who } 的身分操作。

## filter

filter-nothing = 沒有符合篩選的內容。按 Esc 清除。
filter-count = { $shown }/{ $total }

## list

list-empty = 這裡沒有內容。
list-loading = 載入中…

## reader

reader-message = 訊息

## status

status-more = （按 ! 看全文）

## users

users-title = 使用者與角色

## user

user-disabled = 已停用

## delegation

delegation-active = 有效
delegation-ended = 已到期
delegation-revoked = 已撤銷
delegation-none = 沒有授出或收到的代簽授權。

## delegations

delegations-title = 我給出和收到的委託

## people

event-employee_added = 新增員工
event-employees_imported = 從名冊匯入員工
event-employee_edited = 修改員工資料
event-personal_set = 修改個人資料
event-employee_transferred = 員工調職
event-personal_erased = 刪除個人資料
action-add_employee = 新增員工
action-import_employees = 匯入員工名冊
action-edit_employee = 修改員工資料
action-transfer_employee = 為員工調職
action-transfer_over = 超出核定員額調職
action-erase_personal = 刪除個人資料
field-employee_name = 員工姓名
field-staff_number = 員工編號
field-status = 狀態
field-contract = 合約
field-id_number = 身分證字號
field-phone = 電話
field-email = 電子郵件
field-address = 地址
field-bank_account = 銀行帳號
err-duplicate_number = 員工編號 { $number } 已屬於 { $id }：請換一個編號，或留空由系統指派。
err-number_is_an_id = { $number } 的寫法是編號，卻不是這位員工的編號（{ $id }）：編號與員工編號都能找到人，員工編號不能寫成別人的編號。請換一個員工編號，或留空以使用 { $id }。
err-duplicate_number_in_file = 員工編號 { $number } 在本檔案第 { $line } 行也出現了：每人須有自己的編號。
err-duplicate_id_number = 此身分證字號已記錄在 { $id } 名下：同一人新增了兩次，或是輸入錯誤。請與 { $id } 的紀錄核對。
err-duplicate_id_number_in_file = 此身分證字號在本檔案第 { $line } 行也出現了：每人的身分證字號各不相同。
err-no_free_seat = { $position }（{ $title }）沒有空缺：核定 { $approved }，在職 { $filled }，保留 { $reserved }。請先空出員額、以計畫提高員額，或請總經理註明理由後超額。
err-roster_over_headcount = { $position }（{ $title }）：{ $rows } 列需要員額，但只空出 { $free } 個（核定 { $approved }，在職 { $filled }，保留 { $reserved }）。請先以計畫提高員額，或少匯入幾人。
err-employee_separated = { $id } 已離職：紀錄保留，但不能再調職。
err-already_erased = { $id } 的個人資料已於 { $on } 由 { $by } 刪除。
err-ambiguous_position = 有多個職位名為 `{ $title }`（在 { $depts }）：請同時寫明部門，或寫職位編號（`POS-…`）。
err-ambiguous_department = 有多個部門名為 `{ $name }`：請寫部門編號（`DEP-…`）。
err-position_not_in_dept = { $position } 不是 { $dept } 的職位：請核對部門或職位。
err-bad_choice = `{ $text }` 不是{ $field }的有效值：請用 { $choices } 之一。
err-end_before_start = 結束日期 { $end } 早於開始日期 { $start }。
err-bad_email = `{ $text }` 不是電子郵件地址（如 `name@example.com`）。
err-bad_phone = `{ $text }` 不是電話號碼：應為至少七位數字，中間可有空格、+、-、( ) 或 /（例如 `+86 138 0000 0001`）。
err-empty_roster = 員工名冊沒有資料：檔案須有標題列和至少一名員工。
err-roster_too_long = 員工名冊有 { $rows } 列；一次最多匯入 { $max } 列。請分割檔案。
err-roster_rejected = 員工名冊未匯入，沒有任何變更。須修正的問題共 { $count } 個：

## audit export, backup, restore
action-take_backup = 備份（含全部明文個人資料）
progress-export = 正在匯出稽核紀錄
progress-backup = 正在備份稽核紀錄
progress-personal = 正在備份個人資料
progress-restore = 正在還原
progress-verify_file = 正在驗證檔案
audit-head_keep = 請把這一行留存在本機之外（例如董事的電子郵件）。日後執行 `renshi audit verify --head { $head }` 即可證明紀錄仍含這筆事件，且此前的紀錄未被改寫。
audit-head_verified = 紀錄中第 { $seq } 筆事件與留存時一致，雜湊鏈完整：已驗證 { $count } 筆事件。
audit-file_holds_head = 檔案包含留存的鏈頭（第 { $seq } 筆事件）：此前沒有任何內容被改寫。
audit-file_verified = { $file } 完整：共 { $count } 筆事件，最後一筆為 { $head }。
audit-backup_verified = 備份 { $file } 完整：共 { $count } 筆事件，最後一筆為 { $head }；個人資料 { $personal } 份。
audit-file_binary = 其中 { $count } 筆事件由舊版 renshi 以二進位編碼寫入：其在鏈中的位置已驗證，內容只有 renshi 能讀。
cli-exported = 已匯出 { $events } 筆事件到 { $file }；最後一筆為 { $head }。
cli-backed_up = 已備份 { $events } 筆事件和 { $personal } 份個人資料到 { $file }；最後一筆事件為 { $head }。
cli-restored = 已還原 { $events } 筆事件和 { $personal } 份個人資料到 { $path }；最後一筆事件為 { $head }，與備份一致。可用 `renshi serve --store { $path }` 提供服務。
cli-restored_skipped = 有 { $count } 份個人資料所屬人員不在紀錄中（在備份寫入期間才加入），未還原。
err-output = 無法寫入 { $file }：{ $detail }。沒有寫入任何內容；請選擇有寫入權限的位置。
err-input = 無法讀取 { $file }：{ $detail }。
err-is_directory = 這是一個目錄
err-file_line = { $file } 第 { $line } 行：{ $problem }
err-file_event = { $file } 第 { $line } 行（第 { $seq } 筆事件）：{ $problem }
err-restore_export = { $file } 是稽核紀錄匯出檔，不是備份：其中沒有個人資料。請用 `renshi backup FILE` 寫出的檔案還原。
err-restore_refused = 沒有還原任何內容到 { $path }：{ $why }
err-head_gone = 紀錄在第 { $end } 筆事件處結束，早於留存的第 { $seq } 筆事件：紀錄末尾的事件已遺失。請從該事件之後的備份還原資料庫。
err-head_differs = 紀錄的第 { $seq } 筆事件不是留存時的那一筆：紀錄在該處或之前被改寫。請從 `renshi audit verify --file FILE` 顯示該標頭的備份還原資料庫。
err-head_not_found = 紀錄（共 { $end } 筆事件）中沒有任何事件帶有留存的雜湊：紀錄已被改寫，或該雜湊屬於另一個資料庫。請核對雜湊；以 `SEQ:HASH` 形式提供可查明紀錄在何處不同。
file-unreadable = 無法讀取（{ $detail }）。
file-too_long = 該行超過 { $max } 位元組，renshi 寫出的行都不會這麼長：這不是匯出或備份檔，或檔案已損壞。
file-not_text = 該行不是 `UTF-8` 文字：檔案已損壞。
file-not_a_file = 檔案開頭不像 renshi 的稽核匯出或備份。
file-unknown_version = 檔案格式為第 { $version } 版，此版 renshi 無法讀取：請使用更新的 renshi。
file-not_a_line = 該行不是 renshi 寫出的格式（{ $detail }）：檔案被改動或已損壞。
file-hex = 其 `{ $field }` 不是長度正確的十六進位：檔案被改動或已損壞。
file-time = 其時間不是有效時間：檔案被改動或已損壞。
file-out_of_order = 它不是下一筆應有的第 { $expected } 筆事件：有事件遺失、重複或順序錯亂。
file-link = 它與前一筆事件接不上：有事件被刪除、插入或改寫。
file-hash_differs = 其內容與雜湊不符：檔案被改動或已損壞。
file-disagrees = 其 `{ $field }` 與經雜湊的內容不一致：檔案被改動。
file-codec = 其編碼（{ $codec }）此版 renshi 不認得，或欄位與編碼不符。
file-content = 其內容無法讀作事件（{ $detail }）。
file-clock_back = 其時間 { $at } 早於之前某筆事件的時間（{ $latest }），超出時鐘允許回撥的範圍。
file-extra = 檔案應結束處之後還有內容：檔案被改動。
file-cut_short = 檔案在第 { $found } 筆事件後結束，但檔頭說有 { $expected } 筆：檔案被截短。
file-head_differs = 最後一筆事件不是檔頭指明的那一筆：檔案被改動。
file-personal_order = { $id } 的個人資料重複或順序不對：備份中每人只有一份，依編號排列。檔案被改動。
file-personal_not_erased = 紀錄已清除 { $id } 的個人資料，但備份中仍有資料：檔案被改動。
file-personal_erased_unlogged = { $id } 的個人資料記為已清除，但紀錄中從未清除：檔案被改動。
file-personal_bad_field = { $id } 的個人資料中 `{ $field }` 不符合文字規則（控制字元、長度）：檔案被改動。
file-kept_differs = 第 { $seq } 筆事件不是留存的那一筆：紀錄在它之前被改寫。
file-kept_missing = 檔案中沒有一筆事件是留存的鏈頭：紀錄被改寫，或這是另一家公司的鏈頭。
file-kept_beyond = 檔案在第 { $events } 筆事件結束，早於留存的鏈頭（第 { $seq } 筆）：有事件遺失。
file-no_trailer = 檔案缺少最後一行：檔案被截短。
file-trailer_differs = 其 `{ $field }` 與檔案內容不符：檔案被截短或改動。
file-checksum_differs = 檔案檢查碼不符：鏈外的某一行（檔頭或個人資料）被改動或損壞。

emp-probation = 試用期
emp-regular = 正式
emp-separated = 已離職
contract-probation = 試用合約
contract-fixed_term = 定期合約
contract-open_ended = 不定期合約
emp-contract_until = { $kind }，{ $start } 至 { $end }
emp-contract_open = { $kind }，自 { $start } 起
emp-list_separator = 、
emp-joined = 到職，職位 { $position }（{ $status }）
emp-imported = 從原有員工名冊匯入，職位 { $position }（{ $status }）
emp-edited = 修改資料：{ $fields }
emp-personal_changed = 修改個人資料：{ $fields }
emp-transferred = 由 { $from } 調至 { $to }
emp-transferred_over = 由 { $from } 超額調至 { $to }：{ $reason }
emp-personal_erased = 個人資料已刪除

## people screen (the directory, an employee's record, the forms about employees)

tab-people = 員工
key-people = 員工
key-sort_next = 換排序欄
key-sort_reverse = 反向排序
key-add_employee = 新增員工
key-edit_employee = 編輯
key-transfer_employee = 調職
key-erase_personal = 刪除個人資料
layer-people = 員工
layer-employee = 員工檔案
col-number = 員工編號
col-status = 狀態
col-start = 到職日
people-title = 員工
people-title_scoped = 所屬部門員工
people-empty = 尚無員工。人資部可按 `n` 新增，或以 `renshi import employees FILE.csv` 匯入整份員工名冊。
people-empty_scoped = 您負責的部門尚無員工：部門主管只看得到所屬部門的員工。
people-reading = 已讀取 { $read } / { $total }…
people-ranked = 最相符的在前
people-contracts = 合約
people-no_contracts = 沒有合約紀錄。
people-contract_none = 未記錄
people-personal = 個人資料
people-no_personal = 沒有紀錄。
people-masked = 已遮蔽：只有人資部和本人可以看到完整內容。
people-erased = 已於 { $on } 由 { $by } 刪除。
people-history = 歷程
people-no_history = 自 renshi 開始建檔以來沒有異動。
people-free_seats = 空缺 { $n }
people-erase_question = 刪除 { $who } 的個人資料？刪除後無法復原；檔案會記下刪除的時間和操作者。
people-masked_no_edit = 您看到的是遮蔽後的個人資料，因此不能編輯。
field-number = 員工編號
field-name = 姓名
field-reason = 理由
field-erase_ground = 刪除依據
field-erase_ground_label = 刪除依據
field-start_date = 到職日（年-月-日）
field-contract_end = 合約終止日（年-月-日）
form-add_employee = 新增員工
form-edit_employee = 編輯員工資料
form-transfer = 調至其他職位
form-transfer_over = 超額調職
form-erase_personal = 刪除個人資料
form-erase_ground_required = 必須填寫刪除依據，例如本人的請求或要求刪除的法律規定。
form-reason_required = 必須填寫理由：理由會隨調職一併記錄。
form-override_hint = { $position }（{ $title }）沒有空缺：核定 { $approved }，在職 { $filled }，保留 { $reserved }。您是總經理，仍可調職：請在意見中寫明理由後再次儲存。
msg-employee_added = 員工已新增。
msg-transferred = 已調職。
msg-personal_erased = 個人資料已刪除。
msg-nothing_changed = 沒有變更，未儲存。
## people on the command line, import and export

emp-col_number = 員工編號
emp-col_start = 到職
emp-none = 沒有可顯示的員工。
emp-history = 紀錄
emp-no_personal = 未記錄個人資料。
emp-erased_on = 個人資料已於 { $at } 由 { $by } 刪除。
emp-masked_note = （已遮蔽：只有人資部和本人能看到完整的個人資料）
emp-added = 員工已新增。
emp-edited_done = { $id } 已修改。
emp-transferred_to = { $id } 已調至 { $to }。
emp-erased = { $id } 的個人資料已刪除；員工紀錄保留。
emp-edit_nothing = 沒有要修改的內容：請給出 `--number`、`--name` 或某項個人資料（`--phone`、`--email`…）。
emp-edit_masked = 您看到的 { $id } 個人資料是遮蔽的，無法在此修改：請洽人資部。
import-reading = 讀取中
import-sending = 傳送中
import-checking = 檢查中
import-committing = 匯入中
import-done = 已匯入 { $n } 名員工：{ $first } … { $last }。
import-checked = 全部 { $n } 列都可以匯入（編號為 { $first } … { $last }）。未寫入任何內容（`--dry-run`）。
import-problem = 第 { $line } 行，`{ $column }`：{ $text }
import-more = …… 另有 { $n } 個問題。
export-progress = 匯出中
export-written = 已將 { $n } 列寫入 { $path }。
export-cannot_write = 無法寫入 { $path }：{ $detail }。未寫入任何內容：請選擇您有寫入權限的目錄。
export-masked = 您只能看到遮蔽後的個人資料，這些欄已留空（`id_number`、`phone`、`email`、`address`、`bank_account`）：只有人資部能匯出完整資料。
err-csv_open = 無法讀取 { $path }：{ $detail }。
err-csv_too_large = 檔案大於 { $max } MiB；沒有這麼大的員工名冊。請分割檔案，或確認是否選對了檔案。
err-csv_header_not_utf8 = 標題列不是 `UTF-8` 文字：請將檔案另存為 `CSV UTF-8`。
err-csv_header = 標題列與員工名冊的欄位不符（不明：{ $unknown }；缺少：{ $missing }；重複：{ $twice }）。可用的欄位為：{ $columns }（`name`、`position` 和 `start_date` 為必填）。
err-csv_too_many_rows = 檔案超過 { $max } 列；一次最多匯入這麼多列。請分割檔案。
err-csv_read = 檔案在第 { $line } 行無法讀取：{ $detail }。
err-csv_row_too_long = 此列超過 { $max } `KiB`，讀取到此為止。引號開始一個值卻沒有結束，會讓檔案其餘部分都成為一個值：請檢查引號。
err-csv_field_count = 此列有 { $found } 個值，標題列有 { $want } 個：是否多了或少了逗號，或有引號未結束？
err-csv_field_too_long = 此值長 { $bytes } 位元組；任何欄位都不超過 { $max } 位元組。
err-csv_not_utf8 = 此值不是 `UTF-8` 文字：請將檔案另存為 `CSV UTF-8`。
err-stage_lost = 本次匯入傳送的列沒有全部送達（{ $expected } 列中的 { $staged } 列；與服務的連線中斷，或等待過久）：未匯入任何內容。請重新匯入。
err-busy_staged = renshi 服務已為匯入暫存了 { $n } MiB 的資料：請稍後再試。
err-busy_yours_staged = 您已有 { $n } MiB 的資料在等待匯入；服務不再為同一使用者暫存更多。請先完成或停止另一次匯入。
err-csv_header_too_long = 標題列超過 { $max } `KiB`：這不是員工名冊檔案（或其中有引號未結束）。
err-csv_cr_only = 檔案的行只以歸位字元（`CR`）結尾（舊版 `Mac` 程式的寫法），整個檔案讀起來只有一行。請重新另存為使用 `Windows` 或 `Unix` 換行的 `CSV`（`Excel` 中選 `CSV UTF-8`）。
err-reason_required = 請說明理由：{ $action }須填寫理由，理由記入稽核紀錄。

## recruitment in the terminal (screens, keys, forms)

tab-recruit = 招募
tab-delegations_short = 委託
tab-recruit_short = 招募
layer-recruit = 用人申請
layer-req = 一份用人申請
key-recruit = 招募
key-raise_req = 提出用人申請
key-prev_stage = 上一階段
key-next_stage = 下一階段
key-edit_req = 修改
key-resubmit_req = 重新送出
key-cancel_req = 撤銷用人申請
key-add_candidate = 新增應徵者
key-move_on = 推進
key-schedule = 安排面試
key-feedback = 填寫評價
key-offer = 發錄用通知
key-answer = 登記答覆
key-hire = 辦理到職
key-drop_candidate = 淘汰 / 撤回
key-assess = 試用期考核
key-train = 登記訓練
key-start_work = 上崗
key-formal_contract = 正式合約
key-open_review = 開啟試用期考核
field-req_count = 人數
field-req_reason = 理由
field-wanted_start = 希望到職日（年-月-日）
field-contract_start = 生效日（年-月-日）
field-interview_at = 時間（年-月-日 時:分）
field-interviewers = 面試官
field-score = 評分
field-recommend = 建議
field-probation_months = 試用期
field-answer = 答覆
field-drop_kind = 方式
field-legal_name = 證件姓名
field-probation_end = 試用期結束（年-月-日）
field-verdict = 結論
field-extend_to = 延長至（年-月-日）
field-on_day = 日期（年-月-日）
field-runner = 招募負責人（帳號）
field-assign_to = 招募負責人（可留空）
rqf-raise = 提出用人申請
rqf-edit = 修改用人申請
rqf-resubmit = 重新送簽核
rqf-cancel = 撤銷用人申請
rqf-sign = 簽核用人申請
rqf-add_candidate = 新增應徵者
rqf-schedule = 安排面試
rqf-feedback = 面試評價
rqf-offer = 發錄用通知
rqf-answer = 應徵者的答覆
rqf-drop = 淘汰或撤回
rqf-hire = 辦理到職
rqf-assess = 試用期考核
rqf-open_review = 開啟試用期考核
rqf-open_review_note = 考核人會在到期前於待辦中看到它。開啟後，結束日期只能透過延長試用期（僅一次）更改。
rqf-train = 職前訓練
rqf-start_work = 上崗
rqf-formal_contract = 正式合約
rq-raised = 用人申請已送出，交簽核人簽核。
rq-cancelled = 用人申請已撤銷，保留的員額已釋出。
rq-candidate_added = 應徵者已新增。
rq-scheduled = 面試已安排。
rq-feedback_given = 您的評價已記錄。
rq-offered = 錄用通知已發出。
rq-answered = 答覆已登記。
rq-dropped = 應徵者已結案。
rq-hired = 已到職，進入試用期；員額已占用。
rq-assessed = 考核已記錄。
rq-review_opened = 已開啟 { $who } 的試用期考核，{ $end } 到期。
rq-score = { $n } / 5
rq-months_default = 依公司規定
rq-months = { $n } 個月
rq-title = 用人申請，最新的在前
rq-empty = 沒有可顯示的用人申請。部門主管按 `n` 提出。
rq-no_runner = （人資）
rq-col_hired = 已到職
rq-col_free = 空缺
rq-col_candidates = 應徵者
rq-col_applied = 已應徵
rq-col_interviewing = 面試
rq-col_offered = 已發通知
rq-col_accepted = 已接受
rq-col_closed = 已結案
rq-header = { $dept } · 申請人 { $author } · 到職 { $start } · 招募負責人 { $runner }
rq-fact = { $label }：{ $value }
rq-col_filled = 錄用
key-assign_req = 指派負責人
rqf-assign = 指派招募負責人
rq-assigned = 已指派招募負責人。
rq-pipeline = 應徵者（{ $n }）
rq-no_candidates = 還沒有應徵者。
rq-detail = 詳情
rq-cand_line = { $stage }，已 { $age }
rq-became = 員工 { $id }
rq-no_interviews = 還沒有面試。
rq-your_feedback = 等您填寫評價：按 `f`。
rq-you_sign = 等您簽核：`a` 核可，`r` 駁回，`b` 退回。
rq-hiring = 到職與試用期
rq-outcome_pending = 待考核
rq-outcome_passed = 已通過
rq-outcome_failed = 未通過
rq-probation = 試用期 { $start } 至 { $end }：{ $outcome }
rq-extended_from = （由 { $end } 延長）
rq-onboarding = 職前訓練與上崗：
rq-no_training = 尚未登記訓練。
rq-no_review = 試用期中，尚未開啟考核。
rq-training_line = { $on } { $what }（{ $trainer }）
rq-not_started = 尚未上崗。

## recruitment (requisitions, candidates, interviews, probation)

action-raise_req = 提出用人申請
action-edit_req = 修改此用人申請
action-resubmit_req = 重新提交此用人申請
action-sign_req = 簽核此用人申請
action-assign_req = 指派招募負責人
action-cancel_req = 撤銷此用人申請
action-override_seats = 核准職位超額
action-add_candidate = 新增應徵者
action-schedule_interview = 安排面試
action-give_feedback = 填寫面試評價
action-offer = 發出並登記錄用通知
action-drop_candidate = 淘汰或撤回應徵者
action-hire = 辦理到職
action-onboard = 登記職前訓練與上崗
action-assess_probation = 進行試用期考核
action-formal_contract = 登記正式合約
action-view_reqs = 查看用人申請
action-view_report = 查看招募報表
col-count = 數量
col-dept = 部門
col-hired = 已錄用
col-max_days = 最長天數
col-max_hours = 最長小時
col-mean_days = 平均天數
col-mean_hours = 平均小時
col-open = 進行中
col-step = 環節
col-waiting_now = 正在等待
contract-signed = 已為 { $id } 登記正式合約，現為正式員工。
emp-assessed = 試用期考核（{ $step }）：{ $decision }
emp-formal_contract = 簽訂正式合約 { $number }
emp-probation_failed = 試用期考核未通過，勞動關係終止
emp-recruited = 經 { $req } 錄用（應徵者 { $candidate }）
emp-started_work = 於 { $on } 上崗
emp-trained = 職前訓練：{ $what }
err-assign_at_approval = { $req }：招募負責人隨人資部負責人的核准一併指派，不能隨本次簽核指派。請去掉 `--assign`，或使用 `renshi req assign { $req } --to LOGIN`。
err-bad_count = { $count } 超出範圍：請填寫 1 到 { $max }。
err-bad_panel = 面試需要 1 到 { $max } 名面試官，請用 `--with` 列出。
err-bad_score = { $score } 不是有效評分：請填寫 1（差）到 5（優）。
err-candidate_closed = { $candidate } 已是「{ $stage }」，不能再辦理。
err-extended_once = { $id } 的試用期已延長過一次（至 { $end }），不能再延長，請給出通過或不通過的結論。
err-feedback_given = 您已對 { $interview } 填寫過評價，評價不能修改。
err-interview_open = { $interview } 仍有面試官未填寫評價；面試評價齊全後才能發出錄用通知。
err-no_review_open = { $id } 沒有進行中的試用期考核。
err-not_hr = { $login } 不是人資人員，招募須由人資部負責，請指派人資人員。
err-not_interviewer = 您不是 { $interview } 的面試官（面試官為：{ $interviewers }）。
err-not_joint = 面試由人資部與 { $dept } 共同進行：請用 `--with` 至少各列出一名面試官。
err-not_on_probation = { $id } 不在試用期。
err-not_runner = { $req } 由 { $runner } 負責，只有其本人或人資部負責人可以辦理。
err-own_assessment = 任何人都不能考核自己的試用期。
err-probation_not_passed = { $id } 尚未通過試用期考核：部門與人資部均考核通過後才能簽訂正式合約。
err-probation_past_limit = 試用期將於 { $end } 結束，超過法定上限 { $limit }（自開始起 { $max } 個月），請提前結束日期。
err-probation_too_long = 試用期 { $months } 個月不允許：請填寫 1 到 { $max }。
err-req_closed = { $req } 已是「{ $state }」，不能再更改。
err-req_not_open = { $req } 目前是「{ $state }」：核准後才能招募應徵者。
err-req_seats_taken = { $req } 的 { $count } 個名額均已發出錄用通知或已錄用。請等待答覆，或另提用人申請。
err-review_exists = { $id } 已有試用期考核。
err-seats_short = { $position }（{ $title }）只有 { $free } 個空缺，需要 { $wanted } 個：核定 { $approved }（超額 +{ $overridden }），在職 { $filled }，保留 { $reserved }。可用員額計畫提高員額，或請總經理註明理由核准超額（`renshi req override { $position } -m TEXT`）。
err-start_in_past = 開始日期 { $start } 已過（今天是 { $today }），請填寫之後的日期。
err-too_many_candidates = { $req } 已有 { $max } 名應徵者，請先淘汰部分再新增。
err-wrong_stage = { $candidate } 目前是「{ $stage }」，此操作需要應徵者處於：{ $stages }。
event-candidate_added = 新增應徵者
event-candidate_dropped = 應徵者淘汰或撤回
event-candidate_hired = 應徵者到職
event-feedback_given = 面試評價
event-formal_contract = 正式合約
event-interview_scheduled = 安排面試
event-offer_answered = 錄用通知答覆
event-offer_made = 發出錄用通知
event-probation_assessed = 試用期考核
event-probation_started = 試用期開始
event-req_assigned = 指派招募負責人
event-req_cancelled = 撤銷用人申請
event-req_edited = 修改用人申請
event-req_raised = 提出用人申請
event-req_resubmitted = 重新提交用人申請
event-req_signed = 簽核用人申請
event-seats_overridden = 核准超額
event-training_recorded = 職前訓練
event-work_started = 上崗
field-candidate_name = 姓名
field-contact = 聯絡方式
field-contract_no = 合約編號
field-cv_notes = 履歷備註
field-place = 地點
field-source = 來源
field-trainer = 訓練人
field-training = 訓練內容
inbox-assess = 試用期考核（{ $end } 到期）
inbox-assign_req = 指派招募負責人
inbox-contract_ends = 合約 { $end } 到期
inbox-formal_contract = 簽訂正式合約
inbox-give_feedback = 填寫面試評價
inbox-move_accepted = 辦理到職（已接受錄用）
inbox-move_applied = 安排面試
inbox-move_interviewing = 錄用或淘汰
inbox-move_offered = 登記錄用答覆
inbox-onboard = 登記職前訓練與上崗
inbox-req_decided = { $by }：{ $decision }
inbox-revise_req = 修改用人申請
inbox-sign_req = 簽核用人申請
inbox-sign_req_for = 代 { $whom } 簽核用人申請
kind-candidate = 應徵者
kind-interview = 面試
kind-requisition = 用人申請
recommend-hire = 建議錄用
recommend-hold = 待定
recommend-no_hire = 不建議錄用
req_state-cancelled = 已撤銷
req_state-filled = 已額滿
req_state-open = 招募中
req_state-rejected = 已駁回
req_state-returned = 已退回
req_state-submitted = 簽核中
stage-accepted = 已接受
stage-applied = 已應徵
stage-declined = 已婉拒
stage-hired = 已到職
stage-interviewing = 面試中
stage-offered = 已發錄用通知
stage-rejected = 已淘汰
stage-withdrawn = 已撤回
verdict-approve = 通過
verdict-reject = 不通過
verdict-return = 延長
req-resubmitted = { $id } 已重新送簽。
req-cancelled = { $id } 已撤銷，保留的員額已釋出。
req-assigned = { $id } 現由 { $to } 負責。
req-none = 沒有可顯示的用人申請。
req-header = 部門 { $dept } · 申請人 { $author } · 到職日期 { $start } · 招募負責人 { $runner }
req-seats = 職位員額：核定 { $approved }，在職 { $filled }，保留 { $reserved }，空缺 { $free } · 本申請已錄用 { $hired }
req-reason = 申請理由：
req-digest = 第 { $round } 輪，摘要 { $digest }（簽核時可加 `--seen` { $digest }）
req-step_times = 各環節用時：
req-you_may_sign = 正等待您簽核：`renshi approve { $id }`（或用 `reject` / `return` 並以 `-m` 說明）。
req-not_yours = 目前不由您簽核：
req-candidates = 應徵者：
req-waiting = 已等待 { $age }
cand-offer = 錄用通知：{ $start } 到職，試用期 { $months } 個月
fb-given = 您對 { $id } 的評價已記錄。
fb-line = { $by }：{ $score }/5，{ $recommend }
fb-awaiting = 待評價：{ $who }
fb-hidden = 另有 { $n } 份評價暫不顯示：面試官須先填寫自己的評價，其他人待本輪評價齊全後可見。
hire-done = 已錄用為 { $id }（試用期），員額已占用。
prob-until_needed = 延長試用期須用 `--until` 給出新的結束日期（`YYYY-MM-DD`）。
report-fill_title = 各部門招募週期：
report-steps_title = 各環節用時，由慢到快（小時）：
recruit-use_cli = { $id }：請用 `renshi req show { $req }` 或招募畫面開啟。
err-before_hire = { $on } 早於 { $id } 的到職日期（{ $hired }），請填寫此後的日期。
req-paper_pending = 已登記 { $req } 的紙本簽核；須另一位人資人員確認後生效（`renshi req confirm-paper { $req }`）。
req-paper_confirmed = 已確認 { $req } 的紙本簽核：現在依簽核人的決定生效。`renshi req show { $req }` 可查看現況。
prob-assessed = 您對 { $id } 的考核已記錄：{ $verdict }（所見版本：{ $seen }）。
inbox-probation_due = 試用期 { $end } 到期（待：{ $role }）
field-date_of_birth = 出生日期
field-emergency_contact = 緊急聯絡人
err-in_future = { $on } 晚於今天（{ $today }）：請在事情發生後再登記。
err-not_started_yet = { $id } 於 { $start } 到職：試用期開始後才能考核。
err-not_passed_before = { $id }：部門考核未通過，不能轉正。請延長試用期（僅一次）或終止，並說明理由。
err-already_started = { $id } 已於 { $on } 上崗。
err-interview_not_yet = 面試 { $interview } 訂於 { $at }：面試後再填寫評價。
err-interview_cancelled = { $interview } 已取消。
err-bad_interview_time = 不能安排在 { $at } 的面試：請給出 { $applied }（應徵者應徵之日）至一年之內的時間。
action-cancel_interview = 取消面試
event-interview_cancelled = 取消面試
int-cancelled = { $id } 已取消，不再等待評價。
inbox-find_candidates = 尋找應徵者
int-cancelled_by = 已由 { $by } 取消：{ $reason }
col-reqs_filled = 已額滿申請
prob-line = 試用期 { $start } 至 { $end }：{ $outcome }
prob-pending = 考核中
prob-passed = 已通過
prob-failed = 未通過
prob-seen = 考核第 { $round } 輪，摘要 { $digest }（考核時可加 `--seen` { $digest }）
offer-made = 已向 { $candidate } 發出錄用通知；請用 `renshi offer accept { $candidate }` 或 `renshi offer decline { $candidate }` 登記答覆。
offer-answered = 已登記 { $candidate } 的答覆。
onboard-recorded = 已記入 { $id } 的檔案。
key-time_report = 用時報表
key-override_seats = 核准超額
field-seats = 超額名額
rq-overridden = 已核准該職位超額，理由記入員額台帳與稽核紀錄。
rqf-override = 核准超額（總經理）
event-candidate_erased = 應徵者聯絡方式已刪除
action-erase_candidate = 刪除應徵者的聯絡方式
cand-erased = { $id } 的聯絡方式和履歷備註已刪除；姓名和各階段紀錄保留。
cand-erased_on = 聯絡方式和履歷備註已於 { $at } 由 { $by } 刪除。
key-erase_candidate = 刪除聯絡方式和履歷備註
form-unchosen = （請選擇）
form-choose_one = 尚未選擇：請用 ← → 選擇，或輸入文字搜尋。
key-cancel_interview = 取消面試
rqf-cancel_interview = 取消一輪面試
confirm-paper_comment = 紙本簽核意見：{ $comment }
form-erase_candidate = 刪除應徵者的聯絡方式和履歷備註
cand-erase_question = 刪除 { $who } 的聯絡方式和履歷備註？刪除後無法復原；姓名和各階段紀錄保留，並記下刪除的時間和操作者。
msg-candidate_erased = { $id } 的聯絡方式和履歷備註已刪除。
audit-withheld = 面試官對 { $interview } 的回饋，在您提交自己的回饋之前不顯示
err-feedback_first = 紀錄中有 { $interview } 的面試回饋，您須先提交自己的回饋才能查看：請先提交（`renshi feedback { $interview } --score SCORE --recommend hire -m TEXT`），或請其他稽核人員匯出。
err-req_paper_pending = { $recorded_by } 登記的 { $case } 紙本簽核正等待另一位人資人員確認：請先確認（`renshi req confirm-paper { $case }`）或作廢。
inbox-close_candidate = 請婉拒或登記退出：該用人申請已不再招募
err-candidate_already_erased = { $id } 的聯絡方式和履歷備註已於 { $on } 由 { $by } 刪除。
err-interview_held = { $interview } 已經舉行：{ $by } 已提交回饋。有回饋的面試不能取消；請其他面試官提交回饋。
err-no_interview_held = { $candidate } 還沒有一場全部面試官都提交了回饋的面試：錄用通知須在聯合面試之後發出（已取消的面試不計）。
err-bad_birth_date = { $date } 不是可在職者的出生日期：須年滿 { $min_age } 歲，且日期不能相差百年。
err-bad_bank_account = `{ $text }` 不是銀行帳號：應為字母和數字，各組之間可有空格或連字號，至少八位數字。

## 離職：離職案、清單、辦公用品、結算

kind-separation = 離職案
field-asset_tag = 資產編號
field-item = 物品
sep_kind-resignation = 本人申請離職
sep_kind-advised = 部門勸辭
sep_kind-probation = 試用期考核未通過
sep_kind-not_renewed = 合約到期不續簽
sep_kind-retirement = 退休
sep_kind-dismissal = 終止勞動契約
sep_kind-mutual = 協議終止
sep_state-open = 辦理中
sep_state-closed = 已結案
sep_state-withdrawn = 已撤回
step_state-pending = 待辦
step_state-done = 已完成
step_state-not_applicable = 不適用
item_fate-returned = 已歸還
item_fate-written_off = 已報廢
item_fate-charged = 已照價賠償
action-start_separation = 提出離職案
action-tick_step = 勾選離職步驟
action-skip_step = 將步驟標為不適用
action-acknowledge_step = 確認離職步驟
action-equipment = 登記發放的辦公用品
action-settle = 登記離職結算
action-close_separation = 離職案結案
action-withdraw_separation = 撤回離職案
action-certificate = 列印離職證明
event-separation_started = 提出離職案
event-step_done = 離職步驟已完成
event-step_acknowledged = 離職步驟已確認
event-equipment_issued = 發放辦公用品
event-equipment_settled = 辦公用品已處理
event-settlement_recorded = 登記離職結算
event-separation_closed = 離職案結案：員工已離職
event-separation_withdrawn = 離職案撤回
emp-separation_started = 提出離職案 { $case }（{ $kind }）
emp-separated_on = 於 { $on } 離職（{ $case }）
emp-separation_withdrawn = 離職案 { $case } 已撤回：繼續留任
inbox-offboard_step = { $step }（{ $due } 前）
inbox-acknowledge_step = 請確認：{ $step }
inbox-step_overdue = 負責人逾期未辦：{ $step }（{ $due } 前）
inbox-close_separation = 各步驟均已完成：請結案
err-case_not_open = { $case } { $state }：清單不再變動。
err-own_separation = { $case } 是您本人的離職案：步驟由他人勾選，您只需確認。
err-step_done = { $case } 的步驟 { $step } 已完成（{ $by }）。
err-not_your_step = { $case } 的步驟 { $step } 由{ $owner }勾選。
err-step_gated = { $case } 的步驟 { $step } 須先完成：{ $waiting }。
err-no_such_step = { $case } 沒有步驟 `{ $step }`。其步驟為：{ $steps }（也可用序號 1、2……）。
err-kind_not_yours = 您不能提出此類離職案（{ $kind }）。您可提出：{ $allowed }。
err-case_open = { $id } 已有辦理中的離職案：{ $case }。請繼續辦理該案，或先將其撤回。
err-last_day_before_notice = 最後工作日 { $last_day } 早於提出日期 { $notice }：請給出當日或之後的日期。
err-last_day_too_far = 最後工作日 { $last_day } 距提出日期 { $notice } 超過一年。
err-handover_to_needed = { $case } 的工作交接須寫明接手的同事：請加上 `--to EMP-…`。
err-bad_handover = { $to }（{ $name }）不能接手工作：請寫明一位同部門、留任（本人不在辦理離職）的同事。
err-equipment_outstanding = { $case } 尚有辦公用品未處理：{ $tags }。請逐件登記為歸還、報廢或照價賠償。
err-settlement_first = { $case } 的結算步驟須登記結算後完成：`renshi offboard settle { $case } --last-pay AMOUNT`。
err-not_leaving = 只有離職員工本人能確認 { $case } 的步驟。
err-no_acknowledgement = { $case } 的步驟 { $step } 無需確認。
err-step_not_done = { $case } 的步驟 { $step } 尚未完成：完成後再確認。
err-acknowledged = 您已確認過 { $case } 的步驟 { $step }。
err-duplicate_tag = 資產編號 { $tag } 已發放給 { $holder }：同一編號同時只能發給一人。
err-too_many_items = { $id } 已持有 { $max } 件物品，已達上限。
err-no_such_item = { $id } 未持有編號為 { $tag } 的物品：`renshi equipment list { $id }` 可查看其持有的物品。
err-item_settled = 物品 { $tag } 已處理（{ $fate }）。
err-bad_amount = `{ $text }` 不是以 { $currency } 計的金額：請寫如 1,234.50 的數字（逗號只用於每三位分隔），不得為負，小於 10,000,000,000，小數位不超過該幣別。
err-bad_currency = `{ $text }` 不是幣別代碼：請用三個字母，如 `CNY`、`USD`、`EUR`。
err-settlement_negative = 扣款超過應付：合計將為 { $total } { $currency }。員工欠款請另行登記。
err-paid_before_notice = 支付日期 { $paid_on } 早於提出日期 { $notice }：請核對日期。
err-steps_open = { $case } 尚有未完成的步驟，不能結案：{ $steps }。請勾選，或註明理由標為不適用。
err-before_last_day = { $case } 須在最後工作日 { $last_day } 當日或之後結案：員工在此之前仍在職工作。
err-not_withdrawable = { $case } 源於試用期考核未通過，不能撤回。
err-agreement_signed = { $case } 的離職協議已簽訂：不能再撤回。
err-no_certificate = { $case } 尚未結案：結案後方可列印離職證明。

err-close_own_case = { $case } 是您提出的：請由另一位人資主管結案，離職不由一人決定。
err-close_overruled = 您替負責人將 { $case } 的步驟 { $step } 標為不適用：請由另一位人資主管結案。
err-probation_by_assessment = { $id } 的試用期離職案不能手動提出：試用期考核（部門與人資部）未通過時自動提出。
err-bad_tag = `{ $tag }` 不是資產編號：只能用字母 `A`–`Z`、數字及 - _ . /，與標籤一致。
err-equipment_settled_first = { $case } 的辦公用品已處理完畢：請將此物品寫入該步驟的備註，或在結案後登記。
err-nothing_charged = { $tag } 的賠償金額為零：請改為登記報廢（`--written-off`）。
action-view_equipment = 查看發放給某人的物品

action-write_off = 報廢物品或照價賠償

err-handover_gone = { $case } 的工作已交接給 { $to }，但其後已離職、調職或也在辦理離職：請部門重新勾選工作交接，寫明一位留任的同事。
err-bad_mail_address = `{ $address }` 不是 `renshi` 可寄送的郵件地址：請寫成 `name@example.com` 的形式，`@` 之前只用字母、數字和 `.` `_` `+` `-`。
err-bad_language = `renshi` 不支援 `{ $language }`：請選擇 `en`、`zh-Hans` 或 `zh-Hant`。
err-mail_unchanged = 無需更改：{ $login } 的郵件設定已如所求。

# --- offboarding: screens (TUI keys go below this line) ---

tab-offboard = 離職
tab-offboard_short = 離職
layer-offboard = 離職案列表
layer-separation = 一個離職案
key-offboard = 離職
key-start_separation = 新開離職案
key-show_all = 辦理中/全部
key-tick_step = 勾選
key-acknowledge = 確認
key-settle_item = 物品交回
key-record_settlement = 結算
key-skip_step = 不適用
key-issue_item = 發放物品
key-certificate = 離職證明
key-close_case = 結案
key-withdraw_case = 撤回
sep-title_open = 離職案：辦理中
sep-title_all = 離職案：全部
sep-empty_open = 沒有您可查看的辦理中離職案。按 `a` 可一併顯示已結案與已撤回的案件。
sep-empty_all = 沒有您可查看的離職案。
sep-ready_to_close = 各步驟均已完成
sep-col_employee = 員工
sep-col_kind = 類型
sep-col_last_day = 最後工作日
sep-col_progress = 步驟
sep-col_next = 下一步到期
sep-col_no = #
sep-nobody = 無人（沒有使用者擔任此角色）
sep-col_step = 步驟
sep-col_responsible = 負責人
sep-col_due = 到期日
sep-col_state = 狀態
sep-col_ack = 確認
sep-steps_title = 清單：已完成 { $done }/{ $total }
sep-overdue_count = { $n } 個步驟逾期
sep-header = 最後工作日 { $last_day } · 提出日期 { $notice } · { $dept } · { $position }
sep-closed_by = { $by } 於 { $on } 結案：該員工已離職。
sep-withdrawn_by = { $by } 於 { $on } 撤回：{ $why }
sep-reason = 原因：{ $why }
sep-reason_hidden = 原因：已記錄，不向您顯示。
sep-state_gated = 等待中
sep-state_done = 已完成 { $by } { $on }
sep-state_na = 不適用 { $by } { $on }
sep-ack_waiting = 待
sep-overdue = 已逾期
sep-done_by = { $by } 於 { $at } 完成
sep-na_by = { $by } 於 { $at } 標示為不適用
sep-handed_to = 交接給
sep-ack_on = 員工已於 { $at } 確認
sep-ack_not_yet = 員工尚未確認
sep-waits_for = 須先完成
sep-why_na = 不適用的原因
sep-yours = 此步驟由您勾選：請按 { $key }。
sep-settlement = 財務結算
sep-settlement_none = 尚未記錄。
sep-settlement_hidden = 已記錄，不向您顯示。
sep-total = 合計
sep-may_close = 各步驟均已完成：按 { $key } 結案。
sep-equipment = 辦公用品
sep-no_items = 未發放任何物品。
sep-item_out = 未交回
sep-issued_on = { $on } 發放
sep-started = 已新開離職案。
sep-ticked = 已勾選該步驟。
sep-skipped = 已將該步驟標示為不適用。
sep-item_settled = 已記錄該物品。
sep-settled = 已記錄結算。
sep-withdrawn = 已撤回此案：該員工留任。
sep-item_issued = 已發放物品。
sep-closed = 已結案：該員工已離職，職缺空出。
sep-acknowledged = 已確認。
sep-confirm_ack = 確認 { $case } 的「{ $step }」？由 { $by } 於 { $at } 完成。
sep-confirm_close = 將 { $case } 結案？{ $name } 自 { $last_day } 起離職，其職缺空出。此操作無法復原。
sep-no_items_out = { $case }：沒有未交回的物品。
sep-certificate_title = 離職證明，{ $case }
sepf-record = 記錄
sepf-start = 新開離職案
sepf-tick = 勾選步驟
sepf-tick_handover = 勾選工作交接
sepf-skip = 此步驟不適用
sepf-settle_item = 物品的去向
sepf-settle = 記錄財務結算
sepf-withdraw = 撤回此案：員工留任
sepf-issue_item = 發放物品
sepf-reason = 原因
sepf-skip_reason = 不適用的原因
sepf-withdraw_reason = 撤回原因
sepf-issued_on = 發放日期
sepf-employee = 員工
sepf-kind = 類型
sepf-notice = 提出日期
sepf-last_day = 最後工作日
sepf-handover_to = 交接給
sepf-item = 物品
sepf-fate = 去向
sepf-amount = 賠償金額
sepf-currency = 幣別
sepf-last_pay = 最後一期薪資
sepf-leave_paid = 未休假折算
sepf-compensation = 資遣費
sepf-deductions = 扣款
sepf-paid_on = 支付日期
sepf-asset_tag = 財產編號
sepf-item_name = 物品名稱
sepf-total = 應付合計：{ $total } { $currency }
sepf-person = → { $name }（{ $number }，{ $id }）
sepf-looking_up = 查詢中…（`EMP-0001` 或員工編號）
sepf-reason_required = 必須說明原因：原因隨案留存。

# --- offboarding: commands (CLI keys go below this line) ---
cli-sep_ticked = { $case }：{ $step } 已完成（{ $done }/{ $steps } 步）。
cli-sep_skipped = { $case }：{ $step } 已標為不適用（{ $done }/{ $steps } 步）。
cli-sep_acked = { $case }：您已確認 { $step }。
cli-sep_closed = { $case } 已結案：{ $name }（{ $employee }）自 { $last_day } 起離職，其員額空出。
cli-sep_withdrawn = { $case } 已撤回：{ $name }（{ $employee }）繼續留任。
cli-sep_item_settled = { $case }：{ $tag } { $fate }。
cli-sep_equipment_done = 物品皆已處理：{ $case } 的辦公用品交接步驟已完成。
cli-sep_settled = { $case }：離職結算已登記，合計 { $total } { $currency }，支付日期 { $paid_on }。
cli-sep_none = 沒有辦理中的離職案（`renshi offboard list --all` 也列出已結束的）。
cli-sep_none_all = 沒有離職案。
cli-sep_col_employee = 員工
cli-sep_col_kind = 類型
cli-sep_col_last_day = 最後工作日
cli-sep_col_progress = 進度
cli-sep_col_next = 下一步
cli-sep_col_due = 到期日
cli-sep_col_overdue = 逾期
cli-sep_notice = 提出日期
cli-sep_last_day = 最後工作日
cli-sep_started_by = 提出人
cli-sep_closed_by = 結案人
cli-sep_withdrawn_by = 撤回人
cli-sep_withdrawn_because = 撤回原因：
cli-sep_reason = 原因：
cli-sep_step_note = 備註：
cli-sep_checklist = 檢核清單（已完成 { $done }/{ $steps }）：
cli-sep_step_owner = { $role }：{ $who }
cli-sep_step_due = 到期日 { $due }
cli-sep_overdue = ，已逾期
cli-sep_step_by = 由 { $by } 於 { $at } 完成
cli-sep_handover_to = 接手人
cli-sep_acknowledged = 員工已於 { $at } 確認
cli-sep_not_acknowledged = 員工尚未確認
cli-sep_waits_for = 須先完成：{ $steps }
cli-sep_equipment = 辦公用品：
cli-sep_settlement = 離職結算：
cli-sep_no_settlement = 尚未登記。
cli-sep_settlement_hidden = 已登記；金額僅供人資、財務、總經理和員工本人查看。
cli-sep_last_pay = 最後一期薪資
cli-sep_leave = 未休假折算
cli-sep_compensation = 資遣費或補償
cli-sep_deductions = 扣款
cli-sep_total = 合計
cli-sep_paid_on = 支付日期
cli-sep_next = 您接下來可以：
cli-equip_issued = { $tag } 已發放給 { $id }。
cli-equip_none = { $id } 沒有持有辦公用品。
cli-equip_out = 未歸還
cli-equip_col_tag = 資產編號
cli-equip_col_item = 物品
cli-equip_col_issued = 發放
cli-equip_col_settled = 處理

## Mail from the daemon (`notify`)

lang-en = 英文
lang-zh-Hans = 簡體中文
lang-zh-Hant = 繁體中文
mail-item_subject = renshi：{ $case } — { $what }
mail-item_body = { $name }，您好：

    { $case }「{ $title }」已進入您的 `renshi` 待辦：{ $what }。

    透過 `SSH` 處理：

    { $command }

    或開啟 `renshi`，在待辦中找到它。
mail-notice_body = { $name }，您好：

    { $case }「{ $title }」：{ $what }。

    透過 `SSH` 查看：

    { $command }
mail-items_subject = renshi：您有 { $n } 項新的待辦
mail-items_intro = { $name }，您好：

    您的 `renshi` 待辦中新增了 { $n } 項，每項附處理指令：
mail-closing = — renshi{ $company }
    您收到此郵件，是因為您的 `renshi` 帳號設有郵件地址。如需停止：`ssh { $host } renshi notify off`
mail-digest_subject = renshi：您有 { $n } 項待辦（{ $day }）
mail-digest_intro = { $name }，您好：

    您在 `renshi` 中有 { $n } 項待辦，依時間先後列出，每項附處理指令：
mail-waiting = 已等待 { $age }
mail-digest_more = …… 另有 { $n } 項：`renshi inbox` 可列出全部。
mail-digest_due = 30 天內到期或已逾期：
mail-overdue_since = 自 { $day } 起逾期
cli-notify_set_what = 請說明要設定什麼：`--address` 或 `--language`（`--lang` 只決定本指令自身訊息的語言；`renshi notify on` 和 `renshi notify off` 開啟和關閉郵件）。
cli-notify_set_for = 已儲存 { $login } 的郵件設定。
cli-notify_no_address = 您沒有郵件地址：不會寄郵件給您。請用 `renshi notify set --address you@example.com` 設定。
cli-notify_mine_on = 您的郵件寄往 { $address }，使用{ $language }。
cli-notify_mine_idle = 您的郵件將寄往 { $address }，使用{ $language }，但常駐程式以 `--mailer` 執行後才會寄送（見 `README` 的 `Mail` 一節）。
cli-notify_mine_off = 您已關閉郵件（{ $address }，{ $language }）；`renshi notify on` 可重新開啟。
cli-notify_mailer = 郵件經 { $program } 寄出，寄件人 { $from }；每日摘要於公司時間 { $hour } 寄送。
cli-notify_no_mailer = 不寄送郵件：只有以 `--mailer` 啟動常駐程式時 `renshi` 才寄郵件（見 `README` 的 `Mail` 一節）。
cli-notify_none = 沒有排隊或已寄送的郵件。
cli-notify_people = 誰會收到郵件：
cli-notify_col_user = 使用者
cli-notify_col_mail = 郵件
cli-notify_col_to = 收件人
cli-notify_col_queued = 排隊時間
cli-notify_col_about = 關於
cli-notify_col_state = 狀態
cli-notify_col_none = 沒有地址
cli-notify_on = 開啟
cli-notify_off = 關閉
cli-notify_digest = 摘要 { $day }
cli-notify_error = 上次失敗：{ $error }
cli-notify_sent = 已寄送 { $at }
cli-notify_dropped = 未寄送：郵件已關閉
cli-notify_waiting = 等待寄送
cli-notify_retrying = 已失敗 { $n } 次，下次嘗試 { $next }
inbox-greeting = renshi：您有 { $n } 項待辦：{ $ids }

## Evaluation and training (courses, sessions, cycles, evaluations)

step-hr_review = 人資部長審核
kind-course = 課程
kind-session = 訓練場次
kind-cycle = 考評週期
kind-evaluation = 考評
field-course_title = 課程名稱
field-certificate = 證書編號
field-attendees = 參訓人員
field-cycle_name = 週期名稱
field-score_comment = 評分說明
field-template = 範本名稱
field-criterion = 考評項目名稱
field-language = 語言
field-grade = 等級
course_kind-onboarding = 新進訓練
course_kind-professional = 專業訓練
course_kind-safety = 安全訓練
course_kind-compliance = 法遵訓練
course_kind-other = 其他
standing-missing = 未參加
standing-expired = 已過期
standing-expiring = 即將到期
standing-done = 已完成
eval_stage-not_started = 未開始
eval_stage-draft = 已評分，未送出
eval_stage-submitted = 待簽核
eval_stage-signed_off = 已簽核
eval_stage-acknowledged = 本人已確認
eval_stage-probation_pending = 試用期：待考核
eval_stage-probation_passed = 試用期：已通過
eval_stage-probation_failed = 試用期：未通過
eval_kind-periodic = 定期考評
eval_kind-probation = 試用期考核
action-add_course = 新增課程
action-edit_course = 修改課程
action-close_course = 停開課程
action-plan_session = 安排訓練場次
action-record_result = 記錄訓練結果
action-open_cycle = 開啟考評週期
action-close_cycle = 結束考評週期
action-score_evaluation = 考評評分
action-self_assess = 自我評估
action-submit_evaluation = 送出考評
action-sign_evaluation = 簽核考評
action-acknowledge_evaluation = 確認考評結果
action-view_review_report = 查看訓練缺口與考評報表
action-view_dashboard = 查看總覽
event-course_added = 新增課程
event-course_edited = 課程已修改
event-course_closed = 課程已停開
event-session_planned = 已安排訓練場次
event-attendees_enrolled = 已增加參訓人員
event-training_result = 已記錄訓練結果
event-cycle_opened = 考評週期已開啟
event-cycle_closed = 考評週期已結束
event-evaluation_scored = 考評已評分
event-self_assessed = 已送出自我評估
event-evaluation_submitted = 考評已送出簽核
event-evaluation_signed = 考評已簽核
event-evaluation_acknowledged = 考評結果已確認
inbox-sign_evaluation = 請簽核此考評
inbox-sign_evaluation_for = 請代 { $whom } 簽核此考評
inbox-acknowledge_evaluation = 您的考評已簽核：請閱讀並確認
inbox-self_assess = 本考評週期請您做自我評估
inbox-revise_evaluation = 已退回：請重新評分
inbox-score_evaluations = 您部門有 { $count } 人待考評
inbox-training_gaps = 您部門有 { $count } 人缺少此必修課程或已過期
inbox-certificates_expire = { $count } 張證書將在 30 天內到期，最早為 { $first }
err-bad_template = 考評範本無法使用：{ $reason }。
err-unknown_template = 沒有名為 `{ $name }` 的考評範本。請從以下選擇：{ $known }。
err-weights_not_100 = 權重合計為 { $sum }，不是 100（{ $weights }）。請調整使其合計為 100。
err-unknown_criterion = 此範本沒有考評項目 `{ $key }`。其考評項目為：{ $known }。
err-criterion_twice = 考評項目 `{ $key }` 評了兩次分。每個項目只給一個分數。
err-bad_criterion_score = `{ $text }` 不是 `{ $key }` 的有效分數。請給 1 到 5 的整數。
err-criteria_missing = 每個考評項目都要評分：{ $keys } 尚未評分。
err-course_closed = 課程 { $course } 已停開：不能再安排場次或增加參訓人員。
err-duplicate_course = 已有名為 `{ $title }` 的開放課程（{ $id }）。
err-bad_hours = `{ $text }` 不是有效的時數。請給 0.1 到 1000 小時，例如 1.5。
err-bad_renewal = { $text } 個月不是有效的複訓週期。請給 1 到 { $max } 個月，或不設。
err-too_many_attendees = 一個場次最多 { $max } 人。其餘人員請另排場次。
err-not_attendee = { $employee } 未參加 { $session }。請先將其加入該場次，或在其參加的場次記錄結果。
err-bad_training_score = `{ $text }` 不是有效的訓練成績。請給 0 到 100 的整數，或不填。
err-certificate_without_pass = 證書 { $certificate } 只隨「通過」核發：未通過的結果沒有證書。
err-nothing_changed = { $id } 已是如此：沒有變更。
err-cycle_closed = 考評週期 { $cycle } 已結束：其考評不能再評分或送出。
err-duplicate_cycle = 已有名為 `{ $name }` 的進行中考評週期（{ $id }）。
err-cycle_too_long = 從 { $from } 到 { $to } 的週期太長：最長三年。
err-outside_cycle = { $employee } 不在考評週期 { $cycle } 的考評範圍內。
err-evaluation_not_draft = { $id } 已送出：除非簽核人退回，否則分數不能再改。
err-not_scored_yet = { $id } 尚未評分。請先為每個考評項目評分再送出。
err-no_employee_record = 登入名稱 { $login } 沒有連結員工：只有員工本人才能自我評估。
err-no_self_assessment = 考評週期 { $cycle } 不要求自我評估。
err-not_your_evaluation = { $id } 不是您的考評：只有受考評的員工本人才能確認。
err-not_signed_off_yet = { $id } 尚未簽核，簽核後才能確認。
err-already_acknowledged = { $id } 已確認過。
err-own_evaluation = 任何人都不能為自己的考評評分或簽核。

# --- evaluation and training: dashboard screen (TUI keys go below this line) ---

# --- evaluation and training: review screens (TUI keys go below this line) ---
tab-review = 考評培訓
tab-review_short = 考評
key-review = 考評培訓
key-show_cycles = 考評
key-show_courses = 培訓
key-show_gaps = 缺口
key-new_cycle = 開啟考評週期
key-score = 評分
key-submit_evaluation = 送出
key-acknowledge_evaluation = 確認已閱
key-record_result = 記錄結果
key-focus_sessions = 場次
key-focus_attendees = 學員
layer-review = 考評與培訓
layer-cycle = 考評週期的人員
layer-evaluation = 一份考評
layer-course = 一門課程

# --- evaluation and training: commands (CLI keys go below this line) ---
cli-crs_closed = { $id } 已關閉：不再安排場次；已取得的合格仍然有效。
cli-crs_edited = { $id } 已儲存。
cli-crs_none = 課程目錄中沒有開放的課程（`renshi course list --all` 也列出已關閉的）。
cli-crs_open_state = 開放
cli-crs_closed_state = 已關閉
cli-crs_col_title = 課程
cli-crs_col_kind = 類型
cli-crs_col_hours = 時數
cli-crs_col_required = 必修職位
cli-crs_col_renew = 複訓週期
cli-crs_col_sessions = 場次
cli-crs_col_holders = 有效
cli-crs_col_gaps = 缺口
cli-crs_col_expiring = 即將到期
cli-crs_col_employee = 員工
cli-crs_col_standing = 狀況
cli-crs_col_valid_until = 有效期至
cli-crs_counts = 已完成 { $done }，即將到期 { $expiring }，已過期 { $expired }，未完成 { $missing }
cli-crs_hours = { $hours } 小時
cli-crs_renew_months = 每 { $n } 個月
cli-crs_renew_never = 長期有效
cli-crs_sessions = 場次：
cli-crs_gaps = 仍需參加的人：
cli-crs_no_gaps = 需要此課程的人都已完成。
cli-ts_none = 沒有培訓場次。
cli-ts_tally = 參加 { $attendees } 人，合格 { $passed }，不合格 { $failed }
cli-ts_enrolled = { $session }：已報名 { $employees }。
cli-ts_col_on = 日期
cli-ts_col_course = 課程
cli-ts_col_trainer = 講師
cli-ts_col_attendees = 參加
cli-ts_col_passed = 合格
cli-ts_col_failed = 不合格
cli-ts_col_result = 結果
cli-ts_col_certificate = 證書
cli-ts_col_session = 場次
cli-ts_attendees = 學員（{ $attendees } 人；合格 { $passed }，不合格 { $failed }）：
cli-ts_no_result = 尚無結果
cli-ts_passed = 合格
cli-ts_failed = 不合格
cli-ts_note_of = 關於 { $employee } 的備註：
cli-ts_others = ……另有其他部門的學員 { $n } 人，不向您顯示。
cli-ts_result_passed = { $session }：{ $employee } 合格。
cli-ts_result_failed = { $session }：{ $employee } 不合格。
cli-rec_required = 必修培訓：
cli-rec_none_required = 其職位沒有必修課程。
cli-rec_col_passed = 合格日期
cli-rec_training = 培訓紀錄：
cli-rec_no_training = 沒有培訓紀錄。
cli-rec_evaluations = 考評：
cli-ev_none = 沒有考評。
cli-ev_col_period = 期間
cli-ev_col_stage = 進度
cli-ev_col_result = 結果
cli-ev_col_grade = 等級
cli-ev_col_evaluator = 評分人
cli-ev_col_score = 評分
cli-ev_col_own = 自評
cli-cyc_closed = { $id } 已關閉：不再評分或送出。
cli-cyc_none = 沒有考評週期。
cli-cyc_open_state = 開放中
cli-cyc_closed_state = 已關閉
cli-cyc_col_name = 考評週期
cli-cyc_col_template = 範本
cli-cyc_col_expected = 應評人數
cli-cyc_col_scored = 已評分
cli-cyc_col_signed_off = 已簽核
cli-cyc_col_acknowledged = 已確認
cli-cyc_col_key = 鍵
cli-cyc_col_criterion = 考評項目
cli-cyc_col_weight = 權重
cli-cyc_depts = 部門
cli-cyc_all_depts = 全部
cli-cyc_self = 自評
cli-rv_yes = 是
cli-rv_no = 否
cli-cyc_criteria = 考評項目及權重：
cli-cyc_grades = 等級
cli-cyc_progress = 應評 { $expected } 人：已評分 { $draft }，待簽核 { $submitted }，已簽核 { $signed_off }，已確認 { $acknowledged }。
cli-cyc_no_people = 您可見的人中沒有人參加此週期的考評。
cli-cyc_grades_given = 已評等級
cli-rv_next = 您接下來可以：
cli-ev_self_saved = { $id }：您在 { $cycle } 的自評已儲存。
cli-ev_submitted = { $id } 已送出簽核。
cli-ev_acked = { $id }：您已確認自己的考評。
cli-ev_scored = { $id }：已為 { $employee } 評分，加權結果 { $result }，等級 { $grade }。用 `renshi evaluation submit { $id }` 送出簽核。
cli-ev_scored_plain = { $id }：已為 { $employee } 評分。
cli-ev_scores = 評分：
cli-ev_scores_hidden = 考評簽核完成後才向您顯示評分。
cli-ev_note_of = 關於{ $criterion }：
cli-ev_own_note_of = 員工本人關於{ $criterion }：
cli-ev_weighted = 加權結果 { $result }，等級 { $grade }
cli-ev_digest = 第 { $round } 輪，摘要 { $digest }（簽核這一版本時可加 `--seen` { $digest }）
cli-ev_signoff = 簽核：
cli-ev_waits_for = 等待{ $step }（{ $role }）
cli-ev_acknowledged_at = 員工已於 { $at } 確認
cli-ev_remark = 員工的意見：
cli-ev_no_assign = `--assign` 用於指定用人申請的負責人：簽核考評時不用它。
cli-rpt_col_course = 課程
cli-rpt_no_gaps = 必修培訓沒有缺口。
cli-dash_title = { $today } 公司概況
cli-dash_seats = 各部門員額：
cli-dash_col_approved = 員額
cli-dash_col_filled = 在職
cli-dash_col_reserved = 保留
cli-dash_company = 全公司
cli-dash_recruitment = 招募：
cli-dash_req_ages = 未結用人申請（依時長）
cli-dash_ages = 7 天內 { $a }，8–30 天 { $b }，31–90 天 { $c }，超過 90 天 { $d }
cli-dash_signing = 簽核中
cli-dash_funnel = 應徵 → 面試 → 錄取通知 → 到職
cli-dash_days_to_fill = 平均補缺天數
cli-dash_hires = 近 12 個月到職
cli-dash_steps = 各簽核關卡用時：
cli-dash_people = 人員：
cli-dash_within = 30 天內 { $thirty }，60 天內 { $sixty }
cli-dash_probation_ends = 試用期到期
cli-dash_contract_ends = 合約到期
cli-dash_separations = 離職
cli-dash_separations_open = 進行中 { $open }，逾期步驟 { $overdue }
cli-dash_training = 必修培訓
cli-dash_cycle = 目前考評週期
cli-dash_cycle_progress = { $id } { $name }：{ $expected } 人中已簽核 { $signed_off }（已評分 { $scored }）
cli-dash_no_cycle = 沒有進行中的週期
