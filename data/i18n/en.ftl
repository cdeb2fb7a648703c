### English messages. The code asks for `section.key`; its message here is
### `section-key`. `{ $name }` is filled in at run time. Arguments that are
### whole numbers arrive as Fluent numbers, so a count chooses its plural with
### a selector (`{ $n -> [one] … *[other] … }`).

## role

role-admin = Admin
role-hr_staff = HR staff
role-hr_head = HR head
role-dept_head = Department head
role-division_head = Division head
role-general_manager = General manager
role-board = Board
role-admin_dept = Administration
role-finance = Finance
role-employee = Employee

## state

state-draft = Draft
state-submitted = Submitted
state-returned = Returned
state-approved = Approved
state-rejected = Rejected
state-withdrawn = Withdrawn

## step

step-board = Board approval
step-division_head = Division head
step-general_manager = General manager
step-hr_head = HR head
step-dept_assessment = Department assessment
step-hr_assessment = HR assessment

## decision

decision-approve = Approved
decision-reject = Rejected
decision-return = Returned for revision

## tab

tab-audit = Audit log
tab-inbox = Inbox ({ $n })
tab-org = Organisation
tab-plans = Headcount plans
tab-users = Users
tab-delegations = Delegations
tab-org_short = Org
tab-plans_short = Plans
tab-audit_short = Audit

## header

header-demo = DEMO
header-link_lost = daemon unreachable, retrying…

## inbox

inbox-title = Waiting for you, oldest first
inbox-empty = Nothing waits for you.
inbox-sign_plan = Sign plan
inbox-sign_plan_for = Sign for { $whom }
inbox-revise_plan = Revise plan
inbox-confirm_paper = Confirm a paper sign-off recorded by { $by }
inbox-plan_approved = Your plan was approved by { $by }
inbox-plan_rejected = Your plan was rejected by { $by }

## col

col-seq = #
col-when = When
col-who = Who
col-id = ID
col-what = What
col-title = Title
col-waiting = Waiting
col-department = Department
col-position = Position
col-approved = Appr
col-filled = Fill
col-reserved = Resv
col-free = Free
col-state = State
col-author = Author
col-waiting_for = Waits for
col-login = Login
col-name = Name
col-roles = Roles
col-since = Since
col-notes = Notes
col-own = Own
col-from = From
col-to = To
col-until = Until

## org

org-position_closed = This position is closed.
org-tree_counts = filled/approved, sub-departments included
org-no_departments = No departments yet. Create them with `renshi department add NAME [--parent DEP-01]`.
org-departments = Departments
org-duties = Duties
org-history = Approved headcount history
org-opening = opening figure
org-staff = Staff
org-staff_hidden = Staff: only HR, the general manager and the department's heads see who holds these seats.
org-on_probation = { "\u00A0" }(probation)
org-no_position = No position selected.
org-closed = closed
org-company_total = Company total: { $positions ->
        [one] { $positions } position
       *[other] { $positions } positions
    }, { $approved } approved, { $filled } filled, { $free } free.

## plans

plans-title = Headcount plans
plans-empty = No plans yet. The general manager starts one with n.
plans-overtaken_mark = overtaken by { $by }
plans-conflict_mark = conflicts with { $plans }

## plan

plan-change_n = Change { $n }
plan-byline = by { $author }, { $created }
plan-lines = Changes
plan-change = Change
plan-no_lines = No changes yet: press + to add one.
plan-timeline = Sign-off
plan-waiting = ← waiting
plan-not_submitted = Not submitted yet.
plan-you_sign_for = You sign for { $whom } (delegation).
plan-submitted_round = Submitted for round { $round } on { $at }
plan-pending_paper = A paper sign-off by { $signer }, recorded by { $by }, waits for a second HR person.
plan-seen_hint = To sign exactly this: renshi approve { $id } --seen { $seen }
plan-detail = Details
plan-submitted = Submitted by { $author }
plan-resubmitted = Resubmitted by { $author } (round { $round })
plan-timeline_submitted = Submitted by { $by }
plan-timeline_resubmitted = Resubmitted by { $by } (round { $round })
plan-timeline_withdrawn = Withdrawn by { $by }
plan-overtaken = { $id } was overtaken: { $by }, approved after it was submitted, changed positions it changes, so it can no longer be approved as it stands.
plan-overtaken_signer = Return it for revision or reject it.
plan-overtaken_author = Withdraw it and draft it again against today's figures.
plan-overtaken_other = Its signers will return or reject it.
plan-conflicts = Open plans changing the same positions: { $plans }.

## line

line-also_in = Also changed by open plan { $plans }: whichever is approved first decides.
line-duties = Duties:{ " " }
line-duties_now = Duties now:{ " " }
line-duties_new = Proposed:{ " " }
line-position_counts = approved { $approved }, filled { $filled }
line-new_position = New position { $title } in { $dept }, headcount { $n }
line-set_headcount = { $id } { $title }: headcount { $from } → { $n } ({ $occupied } taken)
line-change_duties = { $id } { $title }: new duties
line-close_position = { $id } { $title }: close the position
line-kind_new = New position
line-kind_headcount = Change headcount
line-kind_duties = Change duties
line-kind_close = Close position
line-duties_then = Duties when submitted:{ " " }
line-overtaken = Changed by { $by } since this plan was submitted: approved headcount now { $now }.

## sig

sig-by = { $decision }: { $signer }
sig-for = { " " }for { $whom }
sig-paper = { " " }[on paper { $ref }, recorded by { $by }]
sig-paper_confirmed = { " " }[on paper { $ref }, recorded by { $by }, confirmed by { $confirmed }]

## age

age-minutes = { $n }m
age-hours = { $n }h
age-days = { $n }d

## form

form-discard = Press Esc again to discard what you typed; anything else keeps it.
form-no_match = Nothing matches “{ $text }”: Backspace to change it.
form-submit = Submit for sign-off
form-paper_binding = You record a signature given on paper: the record names the signer, the paper and you.
form-paper = Record a sign-off given on paper
form-comment_required_unless_approve = A comment is required unless the paper approves.
form-new_plan = New headcount plan
form-edit_plan = Edit { $id }
form-add_line = Add a change
form-edit_line = Edit change { $n }
form-sign_approve = Approve
form-sign_reject = Reject
form-sign_return = Return for revision
form-sign_binding = Your signature is binding and recorded with your name and the time.
form-comment_required = A comment is required: say why.
form-comment_optional = A comment is optional.
form-none = (none)
form-discard_paper = Discard the recorded paper sign-off
form-saving = Saving…
form-withdraw = Withdraw the plan
form-add_user = Add a user
form-edit_user = Edit { $login }
form-delegate = Let someone sign for me

## confirm

confirm-title = Please confirm
confirm-submit = Submit { $id } for sign-off? It can no longer be edited unless it is returned.
confirm-remove_line = Remove change { $n } from { $id }?
confirm-paper = Confirm the paper sign-off of { $id } by { $signer } (ref. { $ref }), recorded by { $by }? On paper: { $decision }. It then counts as { $signer }'s signature, with your name as the second person.
confirm-delete_plan = Delete the draft { $id }? Its number is not given to another plan.
confirm-disable_user = Disable { $login }? They can no longer connect or sign; their history stays.
confirm-enable_user = Enable { $login } again?
confirm-revoke = End the delegation { $id } now?

## msg

msg-paper_recorded = Paper sign-off recorded.
msg-submitted = Submitted for sign-off.
msg-line_removed = Change removed.
msg-plan_created = Plan created. Add its changes with +.
msg-saved = Saved.
msg-approved = Approved and recorded.
msg-rejected = Rejected and recorded.
msg-returned = Returned for revision and recorded.
msg-refreshed = Refreshed.
msg-paper_confirmed = Paper sign-off confirmed.
msg-paper_discarded = Paper sign-off discarded.
msg-withdrawn = Withdrawn; the signers are told why.
msg-plan_deleted = Draft deleted.
msg-user_added = User added.
msg-user_disabled = User disabled.
msg-user_enabled = User enabled.
msg-revoked = Delegation ended.
msg-delegated = Delegation recorded.

## help

help-more = ↓ more
help-title = Keys (Esc to close)

## layer

layer-audit = Audit log
layer-picker = Choosing a user
layer-global = Everywhere
layer-list = Lists
layer-inbox = Inbox
layer-org = Organisation
layer-plans = Headcount plans
layer-plan = A plan
layer-form = Forms
layer-confirm = Confirmation
layer-help = Help
layer-filter = Typing a filter
layer-users = Users
layer-editor = Editing text
layer-delegations = Delegations
layer-flags = Choosing several
layer-choice = Choosing one

## key

key-audit = Audit log
key-verify = Verify the chain
key-sign = Sign
key-switch_user = Switch user
key-choose = Choose
key-record_paper = Record paper sign-off
key-inbox = Inbox
key-org = Organisation
key-plans = Headcount plans
key-next_screen = Next screen
key-prev_screen = Previous screen
key-help = Help
key-refresh = Refresh
key-quit = Quit
key-up = Up
key-down = Down
key-page_up = Page up
key-page_down = Page down
key-first = First
key-last = Last
key-left = Cursor / previous option (or type to find)
key-right = Cursor / next option
key-open = Open
key-back = Back
key-focus_tree = Departments
key-focus_positions = Positions
key-new_plan = New plan
key-edit_plan = Edit title
key-add_line = Add change
key-edit_line = Edit
key-remove_line = Remove
key-submit_plan = Submit
key-approve = Approve
key-reject = Reject
key-return = Return
key-save = Save
key-cancel = Cancel
key-confirm = Confirm
key-close = Close
key-next_field = Next field
key-prev_field = Previous field
key-confirm_paper = Confirm paper
key-discard_paper = Discard paper
key-users = Users
key-read_message = Read the last message
key-filter = Filter
key-clear_filter = Clear filter
key-filter_done = Keep filter
key-scroll_down = Scroll details down
key-scroll_up = Scroll details up
key-read_entry = Read in full
key-newline = New line
key-line_start = Start of line
key-line_end = End of line
key-word_left = Word left
key-word_right = Word right
key-delete_back = Delete back
key-delete_forward = Delete forward
key-delete_word = Delete word
key-kill_to_start = Delete to start of line
key-kill_to_end = Delete to end of line
key-undo = Undo
key-redo = Redo
key-delegations = Delegations
key-add_user = Add user
key-edit_user = Edit user
key-disable_user = Disable / enable
key-delegate = Let someone sign for me
key-revoke = End delegation
key-withdraw_plan = Withdraw
key-delete_plan = Delete draft
key-toggle = Tick or untick

## field

field-signer = Signed by
field-decision = Decision
field-paper_ref_label = Paper ref.
field-title = Title
field-new_title = Position title
field-note = Note
field-line_kind = Kind of change
field-department = Department
field-position = Position
field-duties = Duties
field-headcount = Headcount
field-comment = Comment
field-plan_title = The plan's title
field-position_title = The position's title
field-dept_name = The department's name
field-company_name = The company's name
field-display_name = The display name
field-login = The login
field-mail_address = The mail address
field-paper_ref = The paper reference
field-login_label = Login
field-display_name_label = Name
field-roles = Roles
field-delegate_to = Signs for me
field-until = Until (YYYY-MM-DD)

## kind

kind-department = department
kind-position = position
kind-plan = plan
kind-user = user
kind-employee = employee
kind-staff_number = employee numbered
kind-delegation = delegation

## action

action-register_user = register users
action-create_department = create departments
action-move_department = move departments
action-rename_department = rename departments
action-draft_plan = draft headcount plans
action-edit_plan = edit headcount plans
action-submit_plan = submit headcount plans
action-sign_plan = sign this plan
action-record_paper = record paper sign-offs
action-delegate = delegate signing
action-revoke_delegation = revoke this delegation
action-view_staff = see who holds these seats
action-view_plans = see headcount plans
action-view_users = see the users
action-view_audit = read the audit log
action-confirm_paper = confirm paper sign-offs
action-discard_paper = discard a paper sign-off
action-delete_plan = delete headcount plans
action-withdraw_plan = withdraw headcount plans
action-edit_user = edit users
action-disable_user = disable or enable users
action-set_mail = change the mail settings of others
action-view_delegations = see every delegation
action-view_mail = see everyone's mail

## err

err-no_change = { $position } already has that: the change would change nothing. Remove it, or change something else.
err-already_holds = { $id } already holds { $position }: choose another position to transfer to.
err-nothing_edited = The edit changes nothing for { $id }: give a new staff number, name or personal data.
err-no_seats = A new position needs at least one seat.
err-not_registered = The login `{ $login }` is not registered in renshi. Ask an administrator to add it with `renshi user add { $login } --name NAME --role ROLE`.
err-denied = You may not { $action }: that needs the role { $need }.
err-not_your_department = { $dept } is not one of your departments.
err-empty_field = { $field } must not be empty.
err-too_long = { $field } is too long: at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
err-bad_headcount = `{ $text }` is not a headcount: type a whole number from 0 to { $max }.
err-duplicate_title = { $dept } already has a position titled `{ $title }`: choose another title.
err-duplicate_department = { $dept } already has a department named `{ $name }`.
err-department_cycle = { $dept } cannot move under { $parent }: that department lies inside it.
err-not_found = There is no { $kind } { $id }.
err-position_closed = { $position } is closed.
err-headcount_below_occupied = { $position } { $title } cannot go down to { $requested }: { $occupied ->
        [one] { $occupied } seat is
       *[other] { $occupied } seats are
    } filled or reserved. Keep at least { $occupied }.
err-close_occupied = { $position } cannot be closed while seats are filled or reserved ({ $occupied }): move or separate those people first.
err-plan_not_editable = { $plan } is { $state } and can no longer be edited.
err-plan_empty = { $plan } has no changes: add at least one before submitting.
err-not_awaiting_signature = { $plan } is { $state }: it is not waiting for a signature.
err-not_your_turn = { $plan } waits for the step “{ $step }”, which needs the role { $role }.
err-already_signed = You already signed { $plan } in this round.
err-comment_required = Say why: a comment is required to reject or return.
err-no_such_line = { $plan } has no change number { $line }.
err-duplicate_login = The login `{ $login }` is already registered.
err-delegation_ended = A delegation must run until today or later.
err-delegation_to_self = You cannot delegate to yourself.
err-duplicate_line = The plan already makes this change to { $position }: edit that change instead.
err-unknown_chain = No sign-off chain named `{ $name }` in the templates.
err-paper_signer = `{ $login }` could not have signed this: the step “{ $step }” needs the role { $role }.
err-store_locked = The store { $path } is open in another renshi. To work on it together, run `renshi serve` on it and connect to that.
err-not_a_store = { $path } is not a renshi store. Give the directory of an existing store, or create one in a new, empty directory with `renshi init --store DIR` (or run `renshi demo` for the demo company).
err-no_store = There is no store at { $path } yet: run `renshi demo` (or `renshi init --demo`) for the demo company, or `renshi init --store DIR` to start your own; `--store DIR` picks another.
err-store_not_empty = { $path } already holds files: choose an empty or new directory for a new store.
err-store_symlink = { $path } is a symbolic link (to { $to }): a new store is not made through a link. Give the directory itself, e.g. --store { $to }.
err-store_not_owner = The store { $path } belongs to { $owner }: open it as that account (`runuser -u { $owner } -- renshi …`), or through its daemon.
err-store_unsupported = The store { $path } has format { $found }; this renshi reads formats up to { $supported }. Use a newer renshi.
err-store_corrupt = The store { $path } is damaged: { $detail }. Restore the store from a backup (`renshi audit verify` on the copy tells whether it is whole).
err-store_io = Could not use { $path }: { $detail }
err-audit_broken = The audit log is broken at event { $seq }: { $reason }
err-protocol = { $detail }
err-four_eyes_author = { $login } authored { $case }, and nobody signs what they authored (four eyes).
err-four_eyes_signed = { $login } already signed the step “{ $step }” of { $case } in this round; one person signs one step (four eyes).
err-four_eyes_nobody = Nobody else holds the role { $role } for it: register another person with that role, or have HR record a sign-off given on paper (two HR people: one records, another confirms).
err-four_eyes_one = Only { $who } can sign it now.
err-four_eyes_some = Who can sign it: { $who }.
err-changed_since_seen = { $case } has changed since it was shown to you (it is now round { $round }, { $digest }): look at it again (`renshi plan show { $case }`) and sign what you see.
err-changed_since_seen_req = { $case } has changed since it was shown to you (it is now round { $round }, { $digest }): look at it again (`renshi req show { $case }`) and sign what you see.
err-changed_since_seen_eval = { $case } has changed since it was shown to you (it is now round { $round }, { $digest }): look at it again (`renshi evaluation show { $case }`) and sign what you see.
err-one_line_only = { $field } must be one line: remove the line breaks.
err-bad_character = { $field } holds a control or invisible character ({ $code }) at character { $at }: remove it.
err-lone_mark = { $field } has a combining mark or variation selector ({ $code }) at character { $at } with no letter before it to attach to: remove it, or put it right after its letter.
err-not_author = { $case } belongs to { $author }: only its author changes it.
err-duplicate_role = The role { $role } is given twice: give each role once.
err-scope_needed = The role { $role } needs its departments: add --dept DEP-.. for each.
err-already_revoked = { $id } is already revoked.
err-paper_own = That is your own signature: sign with approve, reject or return instead of recording paper.
err-paper_pending = A paper sign-off of { $case } recorded by { $recorded_by } waits for a second HR person: confirm it (`renshi plan confirm-paper { $case }`) or discard it first.
err-no_pending_paper = { $case } has no paper sign-off waiting for confirmation.
err-second_person = { $recorded_by } recorded this paper sign-off: a second HR person, who is neither its recorder nor its signer, must confirm it.
err-too_many_lines = { $plan } already has { $max ->
        [one] { $max } change
       *[other] { $max } changes
    }, the most a plan holds: split it into two plans.
err-disk_full = No space left on the disk of { $path }; nothing was saved. Free some space and try again.
err-store_truncated = The store { $path } has lost events: its log ends at event { $log_end }, but its head file { $file } recorded event { $recorded }. Restore the store from a backup.
err-head_mismatch = The store { $path } does not match its head file { $file } at event { $seq }: the log was changed. Restore the store from a backup.
err-head_unreadable = The head file { $file } of the store { $path } is { $reason }, so renshi cannot tell whether events were lost from the end of the log. Restore the store with its head file from a backup; or, if you know nothing was lost, run `renshi audit verify --accept-log --store { $path }` on the server to walk the whole chain and write a new head file from it.
err-too_large = The change is too large to keep ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; at most { $max }): shorten its text.
err-no_space = No space left on the disk of { $path }: the store cannot be opened until some space is freed. Nothing was changed.
err-busy_connections = The renshi daemon is busy ({ $n ->
        [one] { $n } connection
       *[other] { $n } connections
    }): try again in a moment.
err-busy_yours = The renshi daemon is busy: { $n ->
        [one] { $n } connection is
       *[other] { $n } connections are
    } yours already. Close some renshi windows, or try again in a moment.
err-busy_arriving = The renshi daemon is busy ({ $n } MiB of requests arriving): try again in a moment.
err-busy_yours_arriving = The renshi daemon is busy ({ $n } MiB of your requests arriving): try again in a moment.
err-overtaken = { $plan } cannot be approved: { $by }, approved after { $plan } was submitted, changed { $position }. Return or reject { $plan }; its author can withdraw it and draft it again.
err-user_disabled = The user `{ $login }` is disabled: ask an administrator to enable it (`renshi user enable { $login }`).
err-user_already_disabled = The user `{ $login }` is already disabled.
err-user_not_disabled = The user `{ $login }` is not disabled.
err-own_account = You cannot disable your own account or take away your own admin role: ask another admin.
err-bad_login = A login is an OS login: lower-case a-z, 0-9, `.`, `_` and `-`, starting with a letter or `_`; `{ $login }` is not one.
err-bad_date = `{ $text }` is not a day: write it as YYYY-MM-DD (2027-03-31).
err-plan_not_deletable = { $plan } is { $state }: only a draft that was never submitted can be deleted. Withdraw a submitted plan instead.
err-plan_not_withdrawable = { $plan } is { $state }: only a submitted or returned plan can be withdrawn.

## event

event-company_named = company named
event-department_created = department created
event-department_moved = department moved
event-department_renamed = department renamed
event-position_created = position created
event-headcount_set = approved headcount set
event-duties_changed = duties changed
event-position_closed = position closed
event-user_registered = user registered
event-employee_hired = employee recorded
event-plan_drafted = plan drafted
event-plan_edited = plan edited
event-plan_line_added = plan change added
event-plan_line_replaced = plan change edited
event-plan_line_removed = plan change removed
event-plan_submitted = plan submitted
event-plan_signed = plan signed
event-delegation_granted = delegation granted
event-delegation_revoked = delegation revoked
event-zone_set = time zone set
event-paper_recorded = paper sign-off recorded, waiting for confirmation
event-paper_discarded = paper sign-off discarded
event-plan_deleted = plan deleted
event-plan_withdrawn = plan withdrawn
event-user_edited = user edited
event-user_disabled = user disabled
event-user_enabled = user enabled
event-user_mail_set = mail settings changed

## audit

audit-title = Audit log, newest first
audit-read_part = { $loaded } of { $total } read, scroll down for older
audit-read_cap = { $loaded } of { $total } read; for the rest: `renshi audit log --grep TEXT`
audit-verified = The audit log is intact: { $count ->
        [one] { $count } event
       *[other] { $count } events
    } verified.
audit-verifying = Verifying the chain…
audit-comment = Comment
audit-hash = Hash
audit-prev = Previous hash
audit-entry = Audit entry { $seq }

## cli

cli-bad_keys = The key map is not usable: { $detail }. Fix the file or leave it out (--keys).
cli-comment_hint = Give it with -m "…".
cli-already_served = A renshi daemon already serves { $path } on { $socket }: connect to it instead (just run renshi).
cli-as_refused = --as works only on a demo store; on a real store you act as your own OS login.
cli-bad_lang = Unknown language `{ $lang }`: use en, zh-Hans or zh-Hant.
cli-bad_role = Unknown role `{ $role }`: use admin, hr_staff, hr_head, dept_head, division_head, general_manager, board, admin_dept, finance or employee.
cli-bad_decision = Unknown decision `{ $decision }`: use approve, reject or return.
cli-demo_created = Created the demo company in { $path }.
cli-initialized = Created a store in { $path }; { $login } is its admin.
cli-submitted = { $id } submitted for sign-off.
cli-signed_approve = { $id } approved (as seen: { $seen }).
cli-signed_reject = { $id } rejected (as seen: { $seen }).
cli-signed_return = { $id } returned for revision (as seen: { $seen }).
cli-paper_pending = Paper sign-off of { $id } recorded; it counts once a second HR person confirms it (`renshi plan confirm-paper { $id }`).
cli-paper_recorded = Paper sign-off of { $id } recorded.
cli-paper_confirmed = Paper sign-off of { $id } confirmed: it now counts as the signer's decision. `renshi plan show { $id }` shows where the plan stands.
cli-unknown_demo_login = `{ $login }` is not a user of the demo company. Demo logins: { $logins }.
cli-head_rewritten = The chain holds; a new head file was written from the log: event { $seq }.
cli-dept_without_scope = `--dept` is for the roles dept_head and division_head: give one of them with `--role`, or leave `--dept` out.
cli-edit_nothing = Nothing to change: give `--name`, `--role` or `--dept`.
cli-user_edited = { $login } changed.
cli-user_disabled = { $login } is disabled: they can no longer connect or sign.
cli-user_enabled = { $login } is enabled again.
cli-delegate_usage = Give `--to LOGIN` and `--until YYYY-MM-DD`, or use `renshi delegate list`.
cli-withdrawn = { $id } withdrawn.
cli-deleted = { $id } deleted.

## picker

picker-title = Demo: whom do you want to be?
picker-hint = The audit log also records your own login.
picker-switched = You now act as { $who }.

## filter

filter-nothing = Nothing matches the filter. Esc clears it.
filter-count = { $shown } of { $total }

## list

list-empty = Nothing here.
list-loading = Loading…

## reader

reader-message = Message

## status

status-more = (! reads all)

## users

users-title = Users and their roles

## user

user-disabled = disabled

## delegation

delegation-active = active
delegation-ended = ended
delegation-revoked = revoked
delegation-none = No delegations given or received.

## delegations

delegations-title = Delegations given and received

## people

event-employee_added = employee entered
event-employees_imported = employees imported from a roster
event-employee_edited = employee's details changed
event-personal_set = personal data changed
event-employee_transferred = employee transferred
event-personal_erased = personal data erased
action-add_employee = enter employees
action-import_employees = import a roster
action-edit_employee = edit employees' details
action-transfer_employee = transfer employees
action-transfer_over = transfer beyond the approved headcount
action-erase_personal = erase personal data
field-employee_name = The employee's name
field-staff_number = The staff number
field-status = Status
field-contract = Contract
field-id_number = ID number
field-phone = Phone
field-email = E-mail
field-address = Address
field-bank_account = Bank account
err-duplicate_number = The staff number { $number } is already { $id }'s: give another number, or leave it empty for one to be assigned.
err-number_is_an_id = { $number } is written as an employee id, and it is not this employee's ({ $id }): ids and staff numbers both find people, so a number must not look like someone else's id. Give another number, or leave it empty to use { $id }.
err-duplicate_number_in_file = The staff number { $number } is also on line { $line } of this file: each person needs their own number.
err-duplicate_id_number = This ID number is already recorded for { $id }: the same person entered twice, or a typo. Check it against { $id }'s record.
err-duplicate_id_number_in_file = This ID number is also on line { $line } of this file: each person has their own.
err-no_free_seat = { $position } ({ $title }) has no free seat: { $approved } approved, { $filled } filled, { $reserved } reserved. Free a seat, raise the headcount with a plan, or ask the general manager to override with a reason.
err-roster_over_headcount = { $position } ({ $title }): { $rows ->
        [one] one row wants
       *[other] { $rows } rows want
    } a seat, but it has { $free } free ({ $approved } approved, { $filled } filled, { $reserved } reserved). Raise the headcount with a plan first, or import fewer people into it.
err-employee_separated = { $id } has left the company: their record is kept, but they cannot be moved.
err-already_erased = The personal data of { $id } was already erased on { $on } by { $by }.
err-ambiguous_position = Several positions are titled `{ $title }` (in { $depts }): give the department too, or the position's id (POS-…).
err-ambiguous_department = Several departments are named `{ $name }`: give the department's id (DEP-…).
err-position_not_in_dept = { $position } is not a position of { $dept }: check the department or the position.
err-bad_choice = `{ $text }` is not a valid value for { $field }: use one of { $choices }.
err-end_before_start = The end { $end } is before the start { $start }.
err-bad_email = `{ $text }` is not an e-mail address (name@example.com).
err-bad_phone = `{ $text }` is not a phone number: at least seven digits, with spaces, +, -, ( ) or / between them (+86 138 0000 0001).
err-empty_roster = The roster has no rows: the file needs a header row and at least one person.
err-roster_too_long = The roster has { $rows } rows; one import takes at most { $max }. Split the file.
err-roster_rejected = The roster was not imported — nothing was changed. { $count ->
    [one] One problem
   *[other] { $count } problems
} to fix:

## audit export, backup, restore
action-take_backup = take a backup (every personal record in the clear)
progress-export = Exporting the audit log
progress-backup = Backing up the audit log
progress-personal = Backing up personal records
progress-restore = Restoring
progress-verify_file = Checking the file
audit-head_keep = Keep this line outside this machine (a board member's mail, say). Later, `renshi audit verify --head { $head }` proves that the log still holds this event and that nothing before it was rewritten.
audit-head_verified = The log holds event { $seq } as it was kept, and its chain is intact: { $count ->
    [one] { $count } event verified.
   *[other] { $count } events verified.
}
audit-file_holds_head = It holds the kept head (event { $seq }): nothing up to it was rewritten.
audit-file_verified = { $file } is intact: { $count ->
    [one] { $count } event
   *[other] { $count } events
}, the last { $head }.
audit-backup_verified = The backup { $file } is intact: { $count ->
    [one] { $count } event
   *[other] { $count } events
}, the last { $head }, and { $personal } personal records.
audit-file_binary = { $count ->
    [one] { $count } event was
   *[other] { $count } events were
} written by an older renshi in its binary encoding: their place in the chain is checked; their content only renshi reads.
cli-exported = Exported { $events } events to { $file }; the last is { $head }.
cli-backed_up = Backed up { $events } events and { $personal } personal records to { $file }; the last event is { $head }.
cli-restored = Restored { $events } events and { $personal } personal records into { $path }; its last event is { $head }, as in the backup. Serve it with `renshi serve --store { $path }`.
cli-restored_skipped = { $count } personal records of people the log does not hold were left out (they were added while the backup was being written).
err-output = Could not write { $file }: { $detail }. Nothing was written; choose a place you may write to.
err-input = Could not read { $file }: { $detail }.
err-is_directory = it is a directory
err-file_line = { $file }, line { $line }: { $problem }
err-file_event = { $file }, line { $line } (event { $seq }): { $problem }
err-restore_export = { $file } is an audit export, not a backup: it holds no personal records. Restore from a file written by `renshi backup FILE`.
err-restore_refused = Nothing was restored into { $path }: { $why }
err-head_gone = The log ends at event { $end }, before event { $seq } that was kept: events were lost from its end. Restore the store from a backup taken after that event.
err-head_differs = Event { $seq } of the log is not the one that was kept: the log was rewritten at or before it. Restore the store from a backup whose `renshi audit verify --file FILE` names that head.
err-head_not_found = No event of the log ({ $end } events) has the hash that was kept: the log was rewritten, or the hash is of another store. Check the hash; give it as SEQ:HASH to learn where the log differs.
file-unreadable = it could not be read ({ $detail }).
file-too_long = the line is longer than { $max } bytes, which no line renshi writes is: the file is not an export or a backup, or it is damaged.
file-not_text = the line is not UTF-8 text: the file is damaged.
file-not_a_file = it does not start like an audit export or a backup of renshi.
file-unknown_version = it was written in version { $version } of the format, which this renshi does not read: use a newer renshi.
file-not_a_line = the line is not one renshi writes ({ $detail }): the file was altered or damaged.
file-hex = its `{ $field }` is not in hex of the right length: the file was altered or damaged.
file-time = its time is not a time: the file was altered or damaged.
file-out_of_order = it is not event { $expected }, which comes next: events are missing, doubled or out of order.
file-link = it does not follow the event before it: an event was removed, inserted or rewritten.
file-hash_differs = its content does not match its hash: the file was altered or damaged.
file-disagrees = its `{ $field }` is not what its hashed content says: the file was altered.
file-codec = its encoding ({ $codec }) is not one this renshi knows, or its fields do not fit it.
file-content = its content cannot be read as an event ({ $detail }).
file-clock_back = its time { $at } is before the time of an earlier event ({ $latest }) by more than clocks may step back.
file-extra = a line follows where the file should have ended: it was altered.
file-cut_short = the file ends after event { $found }, but its header says { $expected }: it was cut short.
file-head_differs = the last event is not the one the header names: the file was altered.
file-personal_order = the personal record of { $id } comes twice or out of order: a backup holds each once, in id order. The file was altered.
file-personal_not_erased = the log erased the personal data of { $id }, but the backup holds some: the file was altered.
file-personal_erased_unlogged = the personal record of { $id } says it was erased, but the log never erased it: the file was altered.
file-personal_bad_field = the personal record of { $id } breaks the rules for text in `{ $field }` (control characters, length): the file was altered.
file-kept_differs = event { $seq } is not the one that was kept: the log was rewritten up to it.
file-kept_missing = no event of the file is the kept head: the log was rewritten, or the head is of another company.
file-kept_beyond = the file ends at event { $events }, before the kept head (event { $seq }): events were lost.
file-no_trailer = the file ends without its last line: it was cut short.
file-trailer_differs = its `{ $field }` is not what the file holds: the file was cut or altered.
file-checksum_differs = the file's checksum does not match: a line outside the chain (the header or a personal record) was altered or damaged.

emp-probation = probation
emp-regular = regular
emp-separated = separated
contract-probation = probation contract
contract-fixed_term = fixed-term contract
contract-open_ended = open-ended contract
emp-contract_until = { $kind } from { $start } to { $end }
emp-contract_open = { $kind } from { $start }
emp-list_separator = {", "}
emp-joined = joined as { $position } ({ $status })
emp-imported = entered from an earlier roster as { $position } ({ $status })
emp-edited = details changed: { $fields }
emp-personal_changed = personal data changed: { $fields }
emp-transferred = transferred from { $from } to { $to }
emp-transferred_over = transferred from { $from } to { $to } beyond the approved headcount: { $reason }
emp-personal_erased = personal data erased

## people screen (the directory, an employee's record, the forms about employees)

tab-people = People
key-people = People
key-sort_next = Sort column
key-sort_reverse = Reverse sort
key-add_employee = New employee
key-edit_employee = Edit
key-transfer_employee = Transfer
key-erase_personal = Erase personal data
layer-people = People
layer-employee = An employee's record
col-number = Number
col-status = Status
col-start = Start date
people-title = Employees
people-title_scoped = Employees of your departments
people-empty = No employees yet. HR enters them with `n`, or a whole roster with `renshi import employees FILE.csv`.
people-empty_scoped = No one works in your departments yet: you see the people of the departments you head.
people-reading = { $read } of { $total } read…
people-ranked = best match first
people-contracts = Contracts
people-no_contracts = No contract recorded.
people-contract_none = none recorded
people-personal = Personal data
people-no_personal = None recorded.
people-masked = Masked: only HR and the person themself may read it in full.
people-erased = Erased on { $on } by { $by }.
people-history = History
people-no_history = Nothing recorded since renshi began keeping this record.
people-free_seats = { $n } free
people-erase_question = Erase the personal data of { $who }? It cannot be brought back; the record keeps when and by whom it was erased.
people-masked_no_edit = You see this record's personal data masked, so you may not edit it.
field-number = Staff number
field-name = Name
field-reason = The reason
field-erase_ground = The ground for erasing
field-erase_ground_label = Legal ground
field-start_date = Start date (YYYY-MM-DD)
field-contract_end = Contract ends (YYYY-MM-DD)
form-add_employee = Enter an employee
form-edit_employee = Edit an employee's details
form-transfer = Transfer to another position
form-transfer_over = Transfer beyond the approved headcount
form-erase_personal = Erase personal data
form-erase_ground_required = Required: the ground for erasing, such as the person's request or the law that requires it.
form-reason_required = A reason is required: it is recorded with the move.
form-override_hint = { $position } ({ $title }) has no free seat: { $approved } approved, { $filled } filled, { $reserved } reserved. As general manager you may move them all the same: write the reason in the comment and save again.
msg-employee_added = Employee entered.
msg-transferred = Employee transferred.
msg-personal_erased = Personal data erased.
msg-nothing_changed = Nothing changed, nothing saved.
## people on the command line, import and export

emp-col_number = Number
emp-col_start = Started
emp-none = No employees to show.
emp-history = History
emp-no_personal = No personal data recorded.
emp-erased_on = Personal data erased { $at } by { $by }.
emp-masked_note = (masked: only HR and the person read personal data in full)
emp-added = Employee entered.
emp-edited_done = { $id } changed.
emp-transferred_to = { $id } moved to { $to }.
emp-erased = The personal data of { $id } is erased; the record and its history stay.
emp-edit_nothing = Nothing to change: give `--number`, `--name` or a personal field (`--phone`, `--email`…).
emp-edit_masked = You see the personal data of { $id } masked, so it cannot be edited from here: ask HR.
import-reading = Reading
import-sending = Sending
import-checking = Checking
import-committing = Importing
import-done = Imported { $n ->
    [one] one employee
   *[other] { $n } employees
}: { $first } … { $last }.
import-checked = All { $n } rows can be imported (as { $first } … { $last }). Nothing was written (`--dry-run`).
import-problem = line { $line }, `{ $column }`: { $text }
import-more = … and { $n } more.
export-progress = Exporting
export-written = Wrote { $n } rows to { $path }.
export-cannot_write = Cannot write { $path }: { $detail }. Nothing was written: choose a directory you may write to.
export-masked = Personal data you may read only masked was left empty (the columns id_number, phone, email, address, bank_account): only HR exports it in full.
err-csv_open = Cannot read { $path }: { $detail }.
err-csv_too_large = The file is larger than { $max } MiB; no roster is that large. Split it, or check that it is the right file.
err-csv_header_not_utf8 = The header row is not UTF-8 text: save the file as CSV UTF-8.
err-csv_header = The header row does not match the roster's columns (unknown: { $unknown }; missing: { $missing }; twice: { $twice }). The columns are: { $columns } (name, position and start_date are required).
err-csv_too_many_rows = The file has more than { $max } rows; one import takes at most that many. Split the file.
err-csv_read = The file could not be read at line { $line }: { $detail }.
err-csv_row_too_long = this row runs past { $max } KiB, so reading stopped here. A quote that opens a value and never closes it makes the rest of the file one value: check the quotes.
err-csv_field_count = the row has { $found } values, the header { $want }: a comma too many or too few, or a quote left open?
err-csv_field_too_long = the value is { $bytes } bytes long; no column takes more than { $max }.
err-csv_not_utf8 = the value is not UTF-8 text: save the file as CSV UTF-8.
err-stage_lost = The rows sent for this import did not all arrive ({ $staged } of { $expected }; the connection to the daemon was lost, or it waited too long): nothing was imported. Run the import again.
err-busy_staged = The renshi daemon holds { $n } MiB of rows for imports already: try again in a moment.
err-busy_yours_staged = You have { $n } MiB of rows waiting for imports already; the daemon holds no more for one user. Finish or stop the other import first.
err-csv_header_too_long = The header row runs past { $max } KiB: this is not a roster file (or a quote in it is never closed).
err-csv_cr_only = The file's lines end with a carriage return only (as old Mac programs wrote them), so it reads as one long line. Save it again as CSV with Windows or Unix line ends (in Excel: CSV UTF-8).
err-reason_required = Say why: to { $action } a reason is required, and it is kept in the audit log.

## recruitment in the terminal (screens, keys, forms)

tab-recruit = Hiring
tab-delegations_short = Deleg.
tab-recruit_short = Hiring
layer-recruit = Requisitions
layer-req = A requisition
key-recruit = Hiring
key-raise_req = Raise requisition
key-prev_stage = Previous stage
key-next_stage = Next stage
key-edit_req = Edit
key-resubmit_req = Resubmit
key-cancel_req = Cancel requisition
key-add_candidate = Add candidate
key-move_on = Move on
key-schedule = Schedule interview
key-feedback = Give feedback
key-offer = Offer
key-answer = Record answer
key-hire = Hire
key-drop_candidate = Reject / withdraw
key-assess = Assess probation
key-train = Record training
key-start_work = Start of work
key-formal_contract = Formal contract
key-open_review = Open probation assessment
field-req_count = People
field-req_reason = Reason
field-wanted_start = Start wanted (YYYY-MM-DD)
field-contract_start = Starts (YYYY-MM-DD)
field-interview_at = When (YYYY-MM-DD HH:MM)
field-interviewers = Interviewers
field-score = Score
field-recommend = Recommendation
field-probation_months = Probation
field-answer = Answer
field-drop_kind = How
field-legal_name = Legal name
field-probation_end = Probation ends
field-verdict = Verdict
field-extend_to = Extended to (YYYY-MM-DD)
field-on_day = On (YYYY-MM-DD)
field-runner = Run by (login)
field-assign_to = Run by (login, optional)
rqf-raise = Raise a requisition
rqf-edit = Change the requisition
rqf-resubmit = Resubmit to the signers
rqf-cancel = Cancel the requisition
rqf-sign = Sign the requisition
rqf-add_candidate = Add a candidate
rqf-schedule = Schedule an interview
rqf-feedback = Interview feedback
rqf-offer = Make an offer
rqf-answer = The candidate's answer
rqf-drop = Reject or withdraw
rqf-hire = Hire
rqf-assess = Probation assessment
rqf-open_review = Open the probation assessment
rqf-open_review_note = The assessors find it in their inbox as the end nears. Once it is open, only an extension (once) moves the end.
rqf-train = Onboarding training
rqf-start_work = Start of work
rqf-formal_contract = Formal contract
rq-raised = Requisition raised and sent to its signers.
rq-cancelled = Requisition cancelled; its seats are free again.
rq-candidate_added = Candidate added.
rq-scheduled = Interview scheduled.
rq-feedback_given = Your feedback is recorded.
rq-offered = Offer made.
rq-answered = Answer recorded.
rq-dropped = Candidate closed.
rq-hired = Hired, on probation; the seat is filled.
rq-assessed = Assessment recorded.
rq-review_opened = Probation assessment of { $who } opened, ending { $end }.
rq-score = { $n } / 5
rq-months_default = as the company sets
rq-months = { $n ->
    [one] 1 month
   *[other] { $n } months
}
rq-title = Requisitions, newest first
rq-empty = No requisitions to show. A department head raises one with `n`.
rq-no_runner = (HR)
rq-col_hired = Hired
rq-col_free = Free
rq-col_candidates = Candidates
rq-col_applied = Applied
rq-col_interviewing = Interview
rq-col_offered = Offered
rq-col_accepted = Accepted
rq-col_closed = Closed
rq-header = { $dept } · by { $author } · start { $start } · run by { $runner }
rq-fact = { $label }: { $value }
rq-col_filled = Hired
key-assign_req = Assign runner
rqf-assign = Who runs it
rq-assigned = The requisition has its runner.
rq-pipeline = Candidates ({ $n })
rq-no_candidates = No candidates yet.
rq-detail = Details
rq-cand_line = { $stage }, for { $age }
rq-became = Employee { $id }
rq-no_interviews = No interviews yet.
rq-your_feedback = Your feedback is awaited: press `f`.
rq-you_sign = It waits for your signature: `a` approve, `r` reject, `b` return.
rq-hiring = Hire and probation
rq-outcome_pending = pending
rq-outcome_passed = passed
rq-outcome_failed = not passed
rq-probation = Probation { $start } to { $end }: { $outcome }
rq-extended_from = {" "}(extended from { $end })
rq-onboarding = Onboarding:
rq-no_training = No training recorded.
rq-no_review = On probation; no assessment is open yet.
rq-training_line = { $on } { $what } ({ $trainer })
rq-not_started = Not started work yet.

## recruitment (requisitions, candidates, interviews, probation)

action-raise_req = raise a requisition
action-edit_req = change this requisition
action-resubmit_req = resubmit this requisition
action-sign_req = sign this requisition
action-assign_req = assign who runs a requisition
action-cancel_req = cancel this requisition
action-override_seats = let a position exceed its headcount
action-add_candidate = add candidates
action-schedule_interview = schedule interviews
action-give_feedback = give interview feedback
action-offer = make and record offers
action-drop_candidate = reject or withdraw candidates
action-hire = hire candidates
action-onboard = record onboarding
action-assess_probation = assess probations
action-formal_contract = record formal contracts
action-view_reqs = see requisitions
action-view_report = see recruitment reports
col-count = Count
col-dept = Department
col-hired = Hired
col-max_days = Max days
col-max_hours = Max hours
col-mean_days = Mean days
col-mean_hours = Mean hours
col-open = Open
col-step = Step
col-waiting_now = Waiting now
contract-signed = Formal contract recorded for { $id }: they are regular staff now.
emp-assessed = probation assessment, { $step }: { $decision }
emp-formal_contract = formal contract { $number } signed
emp-probation_failed = probation not passed: employment ended
emp-recruited = hired through { $req } (candidate { $candidate })
emp-started_work = started work on { $on }
emp-trained = onboarding training: { $what }
err-assign_at_approval = { $req }: an HR person is assigned with the HR head's approval, not with this signature. Leave out --assign, or use `renshi req assign { $req } --to LOGIN`.
err-bad_count = { $count } is out of range: give 1 to { $max }.
err-bad_panel = An interview needs 1 to { $max } interviewers: name them with --with.
err-bad_score = { $score } is not a score: give 1 (poor) to 5 (excellent).
err-candidate_closed = { $candidate } is { $stage }: nothing more happens to them.
err-extended_once = The probation of { $id } was extended once already (to { $end }); it cannot be extended again. Pass or fail it.
err-feedback_given = You gave your feedback on { $interview } already; it stays as given.
err-interview_open = { $interview } still waits for feedback: an offer follows complete interviews. Ask the interviewers who have not given theirs.
err-no_review_open = { $id } has no probation assessment open.
err-not_hr = { $login } is not HR staff: a requisition is run by HR. Name an HR person.
err-not_interviewer = You are not an interviewer of { $interview } (they are: { $interviewers }).
err-not_joint = An interview is held by HR and { $dept } together: name at least one interviewer of each with --with.
err-not_on_probation = { $id } is not on probation.
err-not_runner = { $req } is run by { $runner }: they or the HR head act on it.
err-own_assessment = Nobody assesses their own probation.
err-probation_not_passed = { $id } has not passed the probation assessment: the formal contract follows a pass by both the department and HR.
err-probation_past_limit = The probation would end { $end }, past the legal limit { $limit } ({ $max } months from its start). Give an earlier date.
err-probation_too_long = A probation of { $months } months is not allowed: give 1 to { $max }.
err-req_closed = { $req } is { $state }: it no longer changes.
err-req_not_open = { $req } is { $state }: candidates come once it is approved and open.
err-req_seats_taken = Every seat of { $req } ({ $count }) is offered or filled already. Wait for an answer, or raise another requisition.
err-review_exists = { $id } has a probation assessment already.
err-seats_short = { $position } ({ $title }) has { $free } free seats, { $wanted } wanted: { $approved } approved (+{ $overridden } override), { $filled } filled, { $reserved } reserved. A headcount plan can raise it, or the general manager may override with a reason (`renshi req override { $position } -m TEXT`).
err-start_in_past = The start date { $start } is in the past (today is { $today }): give a later one.
err-too_many_candidates = { $req } has { $max } candidates already: reject some before adding more.
err-wrong_stage = { $candidate } is { $stage }; this needs a candidate who is { $stages }.
event-candidate_added = candidate added
event-candidate_dropped = candidate rejected or withdrawn
event-candidate_hired = candidate hired
event-feedback_given = interview feedback
event-formal_contract = formal contract
event-interview_scheduled = interview scheduled
event-offer_answered = offer answered
event-offer_made = offer made
event-probation_assessed = probation assessed
event-probation_started = probation started
event-req_assigned = requisition assigned
event-req_cancelled = requisition cancelled
event-req_edited = requisition changed
event-req_raised = requisition raised
event-req_resubmitted = requisition resubmitted
event-req_signed = requisition signed
event-seats_overridden = seats over headcount allowed
event-training_recorded = onboarding training
event-work_started = started work
field-candidate_name = Name
field-contact = Contact
field-contract_no = Contract number
field-cv_notes = CV notes
field-place = Place
field-source = Source
field-trainer = Trainer
field-training = Training
inbox-assess = Assess probation (ends { $end })
inbox-assign_req = Assign who runs it
inbox-contract_ends = Contract ends { $end }
inbox-formal_contract = Sign formal contract
inbox-give_feedback = Give interview feedback
inbox-move_accepted = Hire (offer accepted)
inbox-move_applied = Schedule an interview
inbox-move_interviewing = Offer or reject
inbox-move_offered = Record the offer's answer
inbox-onboard = Record onboarding
inbox-req_decided = { $decision } by { $by }
inbox-revise_req = Revise requisition
inbox-sign_req = Sign requisition
inbox-sign_req_for = Sign requisition for { $whom }
kind-candidate = candidate
kind-interview = interview
kind-requisition = requisition
recommend-hire = hire
recommend-hold = hold
recommend-no_hire = no hire
req_state-cancelled = Cancelled
req_state-filled = Filled
req_state-open = Open
req_state-rejected = Rejected
req_state-returned = Returned
req_state-submitted = Being signed
stage-accepted = Accepted
stage-applied = Applied
stage-declined = Declined
stage-hired = Hired
stage-interviewing = Interviewing
stage-offered = Offered
stage-rejected = Rejected
stage-withdrawn = Withdrawn
verdict-approve = passed
verdict-reject = not passed
verdict-return = extended
req-resubmitted = { $id } was sent to its signers again.
req-cancelled = { $id } is cancelled; its seats are free again.
req-assigned = { $id } is run by { $to } now.
req-none = No requisitions to show.
req-header = Department { $dept } · raised by { $author } · start { $start } · run by { $runner }
req-seats = Position seats: { $approved } approved, { $filled } filled, { $reserved } reserved, { $free } free · hired here: { $hired }
req-reason = Reason:
req-digest = Round { $round }, digest { $digest } (sign with --seen { $digest })
req-step_times = Time per step:
req-you_may_sign = It waits for you: `renshi approve { $id }` (or reject / return with -m).
req-not_yours = Not yours to sign now:
req-candidates = Candidates:
req-waiting = waiting { $age }
cand-offer = Offer: start { $start }, probation { $months } months
fb-given = Your feedback on { $id } is recorded.
fb-line = { $by }: { $score }/5, { $recommend }
fb-awaiting = Waiting for: { $who }
fb-hidden = { $n ->
    [one] One more feedback is not shown yet: interviewers see it once they gave theirs, others once the round is complete.
   *[other] { $n } more feedbacks are not shown yet: interviewers see them once they gave theirs, others once the round is complete.
}
hire-done = Hired as { $id }, on probation; the seat is filled.
prob-until_needed = To extend a probation, give its new end with --until YYYY-MM-DD.
report-fill_title = Time to fill, by department:
report-steps_title = Time per step, slowest first (hours):
recruit-use_cli = { $id }: open it with `renshi req show { $req }`, or the Recruitment screen.
err-before_hire = { $on } is before { $id } joined ({ $hired }): give a day from then on.
req-paper_pending = Paper sign-off of { $req } recorded; it counts once a second HR person confirms it (`renshi req confirm-paper { $req }`).
req-paper_confirmed = Paper sign-off of { $req } confirmed: it now counts as the signer's decision. `renshi req show { $req }` shows where it stands.
prob-assessed = Your assessment of { $id } is recorded: { $verdict } (as seen: { $seen }).
inbox-probation_due = Probation ends { $end } (waits for: { $role })
field-date_of_birth = Date of birth
field-emergency_contact = Emergency contact
err-in_future = { $on } is after today ({ $today }): record it once it has happened.
err-not_started_yet = { $id } starts on { $start }: the probation is assessed once it runs.
err-not_passed_before = { $id }: the department did not pass the probation, so it cannot be confirmed. Extend it (once) or end it, with a reason.
err-already_started = { $id } started work on { $on } already.
err-interview_not_yet = The interview { $interview } is at { $at }: give your feedback after it.
err-interview_cancelled = { $interview } was cancelled, or has all its feedback already.
err-bad_interview_time = An interview at { $at } cannot be scheduled: give a time from { $applied } (when the candidate applied) to a year ahead.
action-cancel_interview = call off an interview
event-interview_cancelled = interview cancelled
int-cancelled = { $id } is called off; it no longer waits for feedback.
inbox-find_candidates = Find candidates
int-cancelled_by = called off by { $by }: { $reason }
col-reqs_filled = Filled reqs
prob-line = Probation { $start } – { $end }: { $outcome }
prob-pending = being assessed
prob-passed = passed
prob-failed = not passed
prob-seen = Assessment round { $round }, digest { $digest } (assess with --seen { $digest })
offer-made = Offer made to { $candidate }; record the answer with `renshi offer accept { $candidate }` or `renshi offer decline { $candidate }`.
offer-answered = The answer of { $candidate } is recorded.
onboard-recorded = Recorded on { $id }'s record.
key-time_report = Time report
key-override_seats = Seats over headcount
field-seats = Seats over headcount
rq-overridden = The position may now hold those seats beyond its headcount; the reason is in the ledger and the audit log.
rqf-override = Seats beyond the headcount (general manager)
event-candidate_erased = candidate's contact erased
action-erase_candidate = erase candidates' contact details
cand-erased = The contact and CV notes of { $id } are erased; the name and the stages stay.
cand-erased_on = Contact and CV notes erased { $at } by { $by }.
key-erase_candidate = Erase contact and CV notes
form-unchosen = (choose)
form-choose_one = Nothing is chosen yet: choose one with ← →, or type to search.
key-cancel_interview = Call off interview
rqf-cancel_interview = Call off an interview round
confirm-paper_comment = Comment on paper: { $comment }
form-erase_candidate = Erase a candidate's contact and CV notes
cand-erase_question = Erase the contact and CV notes of { $who }? It cannot be brought back; the name and the stages stay, with when and by whom they were erased.
msg-candidate_erased = Contact and CV notes of { $id } erased.
audit-withheld = interviewer's feedback on { $interview }, withheld until you give yours
err-feedback_first = The log holds feedback on { $interview } that you may see only after giving your own: give it first (`renshi feedback { $interview } --score SCORE --recommend hire -m TEXT`), or ask another auditor.
err-req_paper_pending = A paper sign-off of { $case } recorded by { $recorded_by } waits for a second HR person: confirm it (`renshi req confirm-paper { $case }`) or discard it first.
inbox-close_candidate = Reject or record the withdrawal: the requisition no longer recruits
err-candidate_already_erased = The contact and CV notes of { $id } were already erased on { $on } by { $by }.
err-interview_held = { $interview } was held: { $by } gave feedback on it. A round with feedback is not called off; its other interviewers give theirs.
err-no_interview_held = { $candidate } has had no interview that everyone on it gave feedback on: an offer follows a joint interview (rounds called off count for nothing).
err-bad_birth_date = { $date } is no date of birth of someone who may work today: they must be at least { $min_age }, and the date not a century off.
err-bad_bank_account = `{ $text }` is not a bank account: letters and digits, with spaces or hyphens between groups, and at least eight digits.

## Offboarding: separation cases, their checklist, equipment, settlement

kind-separation = separation case
field-asset_tag = The asset tag
field-item = The item
sep_kind-resignation = Resignation
sep_kind-advised = Advised resignation
sep_kind-probation = Probation not passed
sep_kind-not_renewed = Contract not renewed
sep_kind-retirement = Retirement
sep_kind-dismissal = Dismissal
sep_kind-mutual = Mutual agreement
sep_state-open = Open
sep_state-closed = Closed
sep_state-withdrawn = Withdrawn
step_state-pending = To do
step_state-done = Done
step_state-not_applicable = Not applicable
item_fate-returned = returned
item_fate-written_off = written off
item_fate-charged = charged
action-start_separation = open separation cases
action-tick_step = tick offboarding steps
action-skip_step = mark a step not applicable
action-acknowledge_step = acknowledge offboarding steps
action-equipment = record issued equipment
action-settle = record final settlements
action-close_separation = close separation cases
action-withdraw_separation = withdraw a separation case
action-certificate = print certificates of separation
event-separation_started = separation case opened
event-step_done = offboarding step done
event-step_acknowledged = offboarding step acknowledged
event-equipment_issued = equipment issued
event-equipment_settled = equipment settled
event-settlement_recorded = final settlement recorded
event-separation_closed = separation case closed: employee separated
event-separation_withdrawn = separation case withdrawn
emp-separation_started = separation case { $case } opened ({ $kind })
emp-separated_on = separated on { $on } ({ $case })
emp-separation_withdrawn = separation case { $case } withdrawn: they stay
inbox-offboard_step = { $step } (due { $due })
inbox-acknowledge_step = Acknowledge: { $step }
inbox-step_overdue = Overdue with its owner: { $step } (due { $due })
inbox-close_separation = Every step is done: close the case
err-case_not_open = { $case } is no longer open ({ $state }): its checklist no longer changes.
err-own_separation = { $case } is your own separation case: others tick its steps, and you acknowledge them.
err-step_done = Step { $step } of { $case } is done already (by { $by }).
err-not_your_step = Step { $step } of { $case } is for { $owner } to tick.
err-step_gated = Step { $step } of { $case } waits for { $waiting } first.
err-no_such_step = { $case } has no step `{ $step }`. Its steps are: { $steps } (or their numbers 1, 2, …).
err-kind_not_yours = You may not open a case of this kind ({ $kind }). You may open: { $allowed }.
err-case_open = { $id } has an open separation case already: { $case }. Work on that one, or withdraw it first.
err-last_day_before_notice = The last working day { $last_day } is before the notice date { $notice }: give a last day on or after it.
err-last_day_too_far = The last working day { $last_day } is more than a year after the notice date { $notice }.
err-handover_to_needed = The handover of { $case } names the colleague who takes the work over: add `--to EMP-…`.
err-bad_handover = { $to } ({ $name }) cannot take the work over: name a colleague of the same department who stays (not leaving themselves).
err-equipment_outstanding = { $case } still has equipment out: { $tags }. Record each item as returned, written off or charged.
err-settlement_first = The settlement step of { $case } is done by recording the settlement: `renshi offboard settle { $case } --last-pay AMOUNT`.
err-not_leaving = Only the leaving employee acknowledges the steps of { $case }.
err-no_acknowledgement = Step { $step } of { $case } asks for no acknowledgement.
err-step_not_done = Step { $step } of { $case } is not done yet: acknowledge it once it is.
err-acknowledged = You acknowledged step { $step } of { $case } already.
err-duplicate_tag = Asset tag { $tag } is out already, with { $holder }: each tag is given to one person at a time.
err-too_many_items = { $id } holds { $max } items already, the most renshi keeps for one person.
err-no_such_item = { $id } holds no item tagged { $tag }: `renshi equipment list { $id }` shows what they hold.
err-item_settled = Item { $tag } is settled already ({ $fate }).
err-bad_amount = `{ $text }` is no amount in { $currency }: write a number such as 1,234.50 (commas only between groups of three digits), not negative, below 10,000,000,000, with no more decimals than the currency has.
err-bad_currency = `{ $text }` is not a currency code: use three letters such as CNY, USD or EUR.
err-settlement_negative = The deductions exceed the pay: the total would be { $total } { $currency }. Record what the employee owes separately.
err-paid_before_notice = Paid on { $paid_on }, before the notice date { $notice }: check the date.
err-steps_open = { $case } cannot close while steps are open: { $steps }. Tick them, or mark them not applicable with a reason.
err-before_last_day = { $case } closes on or after the last working day, { $last_day }: the employee still works until then.
err-not_withdrawable = { $case } follows a failed probation assessment and cannot be withdrawn.
err-agreement_signed = The separation agreement of { $case } is signed: the case can no longer be withdrawn.
err-no_certificate = { $case } is not closed: a certificate of separation is printed once it is.

err-close_own_case = You opened { $case }: another HR head closes it, so that a separation is never one person's decision.
err-close_overruled = You ruled out step { $step } of { $case } for its owner: another HR head closes the case.
err-probation_by_assessment = A probation case for { $id } is not opened by hand: failing the probation assessment (department and HR) opens it.
err-bad_tag = `{ $tag }` is not an asset tag: use letters A–Z, digits, and - _ . / only, as on the label.
err-equipment_settled_first = The equipment of { $case } is settled already: write the item in the step's note, or record it after the case.
err-nothing_charged = A charge of nothing for { $tag }: record the item as written off instead (`--written-off`).
action-view_equipment = see what was issued to someone

action-write_off = write off or charge an item

err-handover_gone = The work of { $case } was handed over to { $to }, who has since left, moved or is leaving too: the department ticks the handover again, naming someone who stays.
err-bad_mail_address = `{ $address }` is not a mail address renshi sends to: write it as name@example.com, with letters, digits and `.` `_` `+` `-` before the `@`.
err-bad_language = renshi does not write in `{ $language }`: choose `en`, `zh-Hans` or `zh-Hant`.
err-mail_unchanged = Nothing to change: the mail settings of { $login } are already as asked.

# --- offboarding: screens (TUI keys go below this line) ---

tab-offboard = Offboarding
tab-offboard_short = Leaving
layer-offboard = Separation cases
layer-separation = A separation case
key-offboard = Offboarding
key-start_separation = Start a case
key-show_all = Open / all cases
key-tick_step = Tick
key-acknowledge = Acknowledge
key-settle_item = Item back
key-record_settlement = Settlement
key-skip_step = Not applicable
key-issue_item = Issue item
key-certificate = Certificate
key-close_case = Close case
key-withdraw_case = Withdraw
sep-title_open = Separation cases: open
sep-title_all = Separation cases: all
sep-empty_open = No separation case is open that you may see. `a` shows closed and withdrawn ones too.
sep-empty_all = There is no separation case that you may see.
sep-ready_to_close = every step done
sep-col_employee = Employee
sep-col_kind = Kind
sep-col_last_day = Last day
sep-col_progress = Steps
sep-col_next = Next due
sep-col_no = #
sep-nobody = nobody (no user holds the role)
sep-col_step = Step
sep-col_responsible = Responsible
sep-col_due = Due
sep-col_state = State
sep-col_ack = Ack
sep-steps_title = Checklist: { $done } of { $total } done
sep-overdue_count = { $n ->
    [one] 1 step overdue
   *[other] { $n } steps overdue
}
sep-header = Last day { $last_day } · notice { $notice } · { $dept } · { $position }
sep-closed_by = Closed by { $by } on { $on }: the employee is separated.
sep-withdrawn_by = Withdrawn by { $by } on { $on }: { $why }
sep-reason = Reason: { $why }
sep-reason_hidden = Reason: recorded, not shown to you.
sep-state_gated = Waiting
sep-state_done = Done { $by } { $on }
sep-state_na = N/A { $by } { $on }
sep-ack_waiting = wait
sep-overdue = overdue
sep-done_by = Done by { $by } at { $at }
sep-na_by = Not applicable, said { $by } at { $at }
sep-handed_to = Taken over by
sep-ack_on = Acknowledged by the employee at { $at }
sep-ack_not_yet = Not yet acknowledged by the employee
sep-waits_for = Waits for
sep-why_na = Why it does not apply
sep-yours = Yours to tick: press { $key }.
sep-settlement = Final settlement
sep-settlement_none = Not recorded yet.
sep-settlement_hidden = Recorded, not shown to you.
sep-total = Total
sep-may_close = Every step is done: { $key } closes the case.
sep-equipment = Equipment
sep-no_items = Nothing issued.
sep-item_out = still out
sep-issued_on = issued { $on }
sep-started = Separation case opened.
sep-ticked = Step ticked.
sep-skipped = Step marked not applicable.
sep-item_settled = Item recorded.
sep-settled = Settlement recorded.
sep-withdrawn = Case withdrawn: the employee stays.
sep-item_issued = Item issued.
sep-closed = Case closed: the employee is separated and the seat is free.
sep-acknowledged = Acknowledged.
sep-confirm_ack = Acknowledge “{ $step }” of { $case }, done by { $by } at { $at }?
sep-confirm_close = Close { $case }? { $name } is separated as of { $last_day } and their seat becomes free. This cannot be undone.
sep-no_items_out = { $case }: no item is still out.
sep-certificate_title = Certificate of separation, { $case }
sepf-record = Record
sepf-start = Start a separation case
sepf-tick = Tick the step
sepf-tick_handover = Tick the handover
sepf-skip = The step does not apply
sepf-settle_item = What became of an item
sepf-settle = Record the final settlement
sepf-withdraw = Withdraw the case: the employee stays
sepf-issue_item = Issue an item
sepf-reason = Reason
sepf-skip_reason = Why not
sepf-withdraw_reason = Why
sepf-issued_on = Issued on
sepf-employee = Employee
sepf-kind = Kind
sepf-notice = Notice given
sepf-last_day = Last working day
sepf-handover_to = Taken over by
sepf-item = Item
sepf-fate = What became of it
sepf-amount = Amount charged
sepf-currency = Currency
sepf-last_pay = Last pay
sepf-leave_paid = Leave paid out
sepf-compensation = Compensation
sepf-deductions = Deductions
sepf-paid_on = Paid on
sepf-asset_tag = Asset tag
sepf-item_name = Item
sepf-total = Total to pay: { $total } { $currency }
sepf-person = → { $name } ({ $number }, { $id })
sepf-looking_up = looking up… (EMP-0001 or a staff number)
sepf-reason_required = A reason is required: it is kept with the case.

# --- offboarding: commands (CLI keys go below this line) ---
cli-sep_ticked = { $case }: { $step }, done ({ $done }/{ $steps } steps).
cli-sep_skipped = { $case }: { $step }, marked not applicable ({ $done }/{ $steps } steps).
cli-sep_acked = { $case }: you acknowledged { $step }.
cli-sep_closed = { $case } closed: { $name } ({ $employee }) is separated as of { $last_day }, and their seat is free.
cli-sep_withdrawn = { $case } withdrawn: { $name } ({ $employee }) stays.
cli-sep_item_settled = { $case }: { $tag } { $fate }.
cli-sep_equipment_done = Every item is settled: the equipment step of { $case } is done.
cli-sep_settled = { $case }: final settlement recorded, total { $total } { $currency }, paid on { $paid_on }.
cli-sep_none = No open separation cases (`renshi offboard list --all` shows the ended ones too).
cli-sep_none_all = No separation cases.
cli-sep_col_employee = Employee
cli-sep_col_kind = Kind
cli-sep_col_last_day = Last day
cli-sep_col_progress = Done
cli-sep_col_next = Next step
cli-sep_col_due = Due
cli-sep_col_overdue = Overdue
cli-sep_notice = Notice given
cli-sep_last_day = Last working day
cli-sep_started_by = Opened by
cli-sep_closed_by = Closed by
cli-sep_withdrawn_by = Withdrawn by
cli-sep_withdrawn_because = Withdrawn because:
cli-sep_reason = Reason:
cli-sep_step_note = Note:
cli-sep_checklist = Checklist ({ $done }/{ $steps } done):
cli-sep_step_owner = { $role }: { $who }
cli-sep_step_due = due { $due }
cli-sep_overdue = , overdue
cli-sep_step_by = By { $by }, { $at }
cli-sep_handover_to = Handed over to
cli-sep_acknowledged = Acknowledged by the employee { $at }
cli-sep_not_acknowledged = Not yet acknowledged by the employee
cli-sep_waits_for = Waits for: { $steps }
cli-sep_equipment = Equipment:
cli-sep_settlement = Final settlement:
cli-sep_no_settlement = Not recorded yet.
cli-sep_settlement_hidden = Recorded; its figures are for HR, finance, the general manager and the employee.
cli-sep_last_pay = Last pay
cli-sep_leave = Leave paid out
cli-sep_compensation = Compensation
cli-sep_deductions = Deductions
cli-sep_total = Total
cli-sep_paid_on = Paid on
cli-sep_next = You can do next:
cli-equip_issued = { $tag } issued to { $id }.
cli-equip_none = { $id } holds no equipment.
cli-equip_out = out
cli-equip_col_tag = Tag
cli-equip_col_item = Item
cli-equip_col_issued = Issued
cli-equip_col_settled = Settled

## Mail from the daemon (`notify`)

lang-en = English
lang-zh-Hans = 简体中文
lang-zh-Hant = 繁體中文
mail-item_subject = renshi: { $case } — { $what }
mail-item_body = Hello { $name },

    { $case } “{ $title }” has entered your renshi inbox: { $what }.

    To act on it over SSH:

    { $command }

    or open renshi and find it in your inbox.
mail-notice_body = Hello { $name },

    { $case } “{ $title }”: { $what }.

    To see it over SSH:

    { $command }
mail-items_subject = renshi: { $n } new items wait for you
mail-items_intro = Hello { $name },

    { $n } items have entered your renshi inbox, each with the command that acts on it:
mail-closing = — renshi{ $company }
    This mail was sent because your renshi account has a mail address. To stop it: `ssh { $host } renshi notify off`
mail-digest_subject = renshi: { $n ->
        [one] 1 item waits
       *[other] { $n } items wait
    } for you ({ $day })
mail-digest_intro = Hello { $name },

    { $n ->
        [one] 1 item waits
       *[other] { $n } items wait
    } for you in renshi, oldest first, each with the command that acts on it:
mail-waiting = waiting { $age }
mail-digest_more = … and { $n } more: `renshi inbox` lists them all.
mail-digest_due = Due within 30 days, or overdue:
mail-overdue_since = overdue since { $day }
cli-notify_set_what = say what to set: `--address` or `--language` (`--lang` only chooses the language of this command's own messages; `renshi notify on` and `renshi notify off` turn mail on and off).
cli-notify_set_for = The mail settings of { $login } are saved.
cli-notify_no_address = You have no mail address: nothing is mailed to you. Set one with `renshi notify set --address you@example.com`.
cli-notify_mine_on = Your mail goes to { $address }, in { $language }.
cli-notify_mine_idle = Your mail would go to { $address }, in { $language }, but nothing is mailed until the daemon runs with `--mailer` (README: Mail).
cli-notify_mine_off = Your mail is off ({ $address }, { $language }); `renshi notify on` turns it on again.
cli-notify_mailer = Mail goes through { $program }, from { $from }; the daily digest at { $hour } company time.
cli-notify_no_mailer = Nothing is mailed: renshi mails only when its daemon was started with `--mailer` (README: Mail).
cli-notify_none = No mail queued or sent.
cli-notify_people = Who gets mail:
cli-notify_col_user = User
cli-notify_col_mail = Mail
cli-notify_col_to = To
cli-notify_col_queued = Queued
cli-notify_col_about = About
cli-notify_col_state = State
cli-notify_col_none = no address
cli-notify_on = on
cli-notify_off = off
cli-notify_digest = digest { $day }
cli-notify_error = last failure: { $error }
cli-notify_sent = sent { $at }
cli-notify_dropped = not sent: mail turned off
cli-notify_waiting = waiting
cli-notify_retrying = failed { $n ->
        [one] once
       *[other] { $n } times
    }, next try { $next }
inbox-greeting = renshi: { $n ->
        [one] 1 item waits
       *[other] { $n } items wait
    } for you: { $ids }

## Evaluation and training (courses, sessions, cycles, evaluations)

step-hr_review = HR head's review
kind-course = course
kind-session = training session
kind-cycle = evaluation cycle
kind-evaluation = evaluation
field-course_title = Course title
field-certificate = Certificate number
field-attendees = Attendees
field-cycle_name = Cycle name
field-score_comment = Comment on a score
field-template = Template name
field-criterion = Criterion title
field-language = Language
field-grade = Grade
course_kind-onboarding = onboarding
course_kind-professional = professional
course_kind-safety = safety
course_kind-compliance = compliance
course_kind-other = other
standing-missing = missing
standing-expired = expired
standing-expiring = expiring
standing-done = done
eval_stage-not_started = not started
eval_stage-draft = scored, not submitted
eval_stage-submitted = waiting for sign-off
eval_stage-signed_off = signed off
eval_stage-acknowledged = acknowledged
eval_stage-probation_pending = probation: assessment waiting
eval_stage-probation_passed = probation: passed
eval_stage-probation_failed = probation: not passed
eval_kind-periodic = periodic
eval_kind-probation = probation
action-add_course = add courses
action-edit_course = change courses
action-close_course = close courses
action-plan_session = plan training sessions
action-record_result = record training results
action-open_cycle = open evaluation cycles
action-close_cycle = close evaluation cycles
action-score_evaluation = score evaluations
action-self_assess = assess yourself
action-submit_evaluation = submit evaluations
action-sign_evaluation = sign evaluations
action-acknowledge_evaluation = acknowledge evaluations
action-view_review_report = see training gaps and evaluation reports
action-view_dashboard = see the dashboard
event-course_added = course added
event-course_edited = course changed
event-course_closed = course closed
event-session_planned = training session planned
event-attendees_enrolled = attendees enrolled
event-training_result = training result recorded
event-cycle_opened = evaluation cycle opened
event-cycle_closed = evaluation cycle closed
event-evaluation_scored = evaluation scored
event-self_assessed = self-assessment given
event-evaluation_submitted = evaluation submitted for sign-off
event-evaluation_signed = evaluation signed
event-evaluation_acknowledged = evaluation acknowledged
inbox-sign_evaluation = Sign off this evaluation
inbox-sign_evaluation_for = Sign off this evaluation for { $whom }
inbox-acknowledge_evaluation = Your evaluation was signed off: read and acknowledge it
inbox-self_assess = The cycle asks for your self-assessment
inbox-revise_evaluation = Returned to you: score this evaluation again
inbox-score_evaluations = { $count } of your people wait to be evaluated
inbox-training_gaps = { $count } of your people lack this required course, or it expired
inbox-certificates_expire = { $count } certificates run out within 30 days, the first on { $first }
err-bad_template = The evaluation template cannot be used: { $reason }.
err-unknown_template = There is no evaluation template `{ $name }`. Choose one of: { $known }.
err-weights_not_100 = The weights add up to { $sum }, not 100 ({ $weights }). Change them so they add up to 100.
err-unknown_criterion = The template has no criterion `{ $key }`. Its criteria are: { $known }.
err-criterion_twice = The criterion `{ $key }` is scored twice. Give each criterion one score.
err-bad_criterion_score = `{ $text }` is not a score for `{ $key }`. Give a whole number from 1 to 5.
err-criteria_missing = Every criterion needs a score; still without one: { $keys }.
err-course_closed = The course { $course } is closed: no more sessions or attendees can be added.
err-duplicate_course = An open course is already titled `{ $title }` ({ $id }).
err-bad_hours = `{ $text }` is not a length in hours. Give hours from 0.1 to 1000, like 1.5.
err-bad_renewal = { $text } months is no renewal period. Give 1 to { $max } months, or none.
err-too_many_attendees = A session takes at most { $max } attendees. Plan another session for the rest.
err-not_attendee = { $employee } did not attend { $session }. Enrol them first, or record the result on their own session.
err-bad_training_score = `{ $text }` is not a training score. Give a whole number from 0 to 100, or none.
err-certificate_without_pass = Certificate { $certificate } goes with a pass: a failed result has no certificate.
err-nothing_changed = { $id } is already so: nothing changed.
err-cycle_closed = The cycle { $cycle } is closed: its evaluations can no longer be scored or submitted.
err-duplicate_cycle = An open cycle is already named `{ $name }` ({ $id }).
err-cycle_too_long = A cycle from { $from } to { $to } is too long: three years at most.
err-outside_cycle = { $employee } is not among the people the cycle { $cycle } evaluates.
err-evaluation_not_draft = { $id } was already submitted: its scores cannot change unless a signer returns it.
err-not_scored_yet = { $id } has no scores yet. Score every criterion before submitting it.
err-no_employee_record = The login { $login } is not linked to an employee: only employees assess themselves.
err-no_self_assessment = The cycle { $cycle } asks for no self-assessment.
err-not_your_evaluation = { $id } is not your evaluation: only the evaluated employee acknowledges it.
err-not_signed_off_yet = { $id } is not signed off yet. It can be acknowledged once it is.
err-already_acknowledged = { $id } was already acknowledged.
err-own_evaluation = Nobody scores or signs their own evaluation.
err-own_training = Nobody records their own training result: another trainer or HR records it.
err-day_out_of_range = { $on } is too far from today ({ $today }): give a day within ten years before and two years after.
err-already_enrolled = { $employee } is already enrolled in { $session }.
err-employee_left = { $id } has left the company: their training and evaluations are kept as they were.
err-not_your_draft = { $id } is { $evaluator }'s to score and submit while it is a draft.
err-same_result = { $employee } already has this result for { $session }: nothing changed.
err-cycle_not_started = The cycle { $cycle } starts on { $from }: its evaluations are scored from then on.
action-enroll_held = add people to a session already held (HR, with the reason)
action-change_result = change a recorded training result

# --- evaluation and training: dashboard screen (TUI keys go below this line) ---
tab-dashboard = Dashboard
key-dashboard = Dashboard
layer-dashboard = Dashboard
key-open_figure = Open its list
key-figure_right = Next figure
key-figure_left = Previous figure
key-figure_down = Figure below
key-figure_up = Figure above
dash-title = Dashboard
dash-seats = Seats: { $filled } of { $approved } filled
dash-company = Company
dash-more = { $n } more: see Organisation
dash-reqs = Open requisitions
dash-age_week = ≤ 7 days
dash-age_month = 8–30 days
dash-age_quarter = 31–90 days
dash-age_older = > 90 days
dash-reqs_signing = Being signed: { $n }
dash-funnel = Candidates
dash-applied = Applied
dash-interviewed = Interviewed
dash-offered = Offered
dash-hired = Hired
dash-signoff = Sign-off, mean hours
dash-days_to_fill = Days to fill: { $days }
dash-days_to_fill_none = Days to fill: none filled yet
dash-no_signoffs = Nothing signed yet.
dash-hires = Hires: { $n } in 12 months
dash-ends = Ending soon
dash-within_30 = 30 d
dash-within_60 = 60 d
dash-probation_ends = Probations
dash-contract_ends = Contracts
dash-separations = Separations
dash-sep_open = Open cases
dash-sep_overdue = Steps overdue
dash-training = Required training
dash-training_gauge = { $valid } of { $total } current
dash-training_expiring = Expiring { $n }
dash-training_expired = Expired { $n }
dash-training_missing = Missing { $n }
dash-training_none = No position requires training yet.
dash-cycle = Cycle: { $name }
dash-cycle_none_title = Evaluation cycle
dash-cycle_none = No evaluation cycle is running.
dash-cycle_gauge = { $done } of { $expected } signed off
dash-eval_not_started = Not started { $n }
dash-eval_draft = Scored { $n }
dash-eval_submitted = Being signed { $n }
dash-eval_acknowledged = Acknowledged { $n }

# --- evaluation and training: review screens (TUI keys go below this line) ---
tab-review = Review & training
tab-review_short = Review
key-review = Review & training
key-show_cycles = Evaluations
key-show_courses = Training
key-show_gaps = Gaps
key-new_cycle = Open a cycle
key-score = Score
key-submit_evaluation = Submit
key-acknowledge_evaluation = Acknowledge
key-record_result = Record result
key-focus_sessions = Sessions
key-focus_attendees = Attendees
layer-review = Evaluation and training
layer-cycle = A cycle's people
layer-evaluation = An evaluation
layer-course = A course
rv-cycles_title = Evaluation cycles
rv-courses_title = Training catalog
rv-gaps_title = Gaps in required training
rv-gaps_of = Gaps in required training: { $course }
rv-gaps_head = Required training: { $counts }
rv-standing = { $done } done · { $expiring } expiring · { $expired } expired · { $missing } missing
rv-no_cycles = No evaluation cycle yet.
rv-no_cycles_hr = No evaluation cycle yet. Press N to open one.
rv-no_courses = The training catalog is empty.
rv-no_gaps = Nobody you see lacks required training, and no pass runs out soon.
rv-no_sessions = No session of this course that you may see.
rv-nobody = The cycle evaluates nobody you see.
rv-cycle_running = running
rv-cycle_upcoming = not begun
rv-cycle_open = open
rv-cycle_closed = closed
rv-col_cycle = Cycle
rv-col_from = From
rv-col_to = To
rv-col_template = Template
rv-col_signed_off = Signed off
rv-col_scored = Scored
rv-scored_of = { $scored } of { $expected }
rv-cycle_head = { $from } – { $to } · { $expected } to evaluate · { $scored } scored · { $signed } signed off
rv-template_self = { $template }, with self-assessment
rv-template_line = { $template }: { $criteria }
rv-col_employee = Employee
rv-col_stage = Stage
rv-col_result = Result
rv-col_grade = Grade
rv-col_evaluator = Scored by
rv-eval_pane = Criteria, sign-off and remark
rv-scored_by = scored by { $by }
rv-result_grade = result { $result }, grade { $grade }
rv-criteria = Criteria
rv-col_criterion = Criterion
rv-col_weight = Weight
rv-col_score = Score
rv-col_own = Own
rv-scores_hidden = The scores are shown to you once the evaluation is signed off.
rv-not_scored = Not scored yet.
rv-own_said = Own comment: { $text }
rv-weighted = Weighted result { $result }: grade { $grade } ({ $bands })
rv-signoff = Sign-off
rv-not_submitted = Not submitted for sign-off yet.
rv-remark = The employee's remark
rv-not_acknowledged = Signed off; the employee has not acknowledged it yet.
rv-acknowledged_on = Acknowledged on { $at }.
rv-you_sign = It waits for your signature: { $approve } approves, { $return } returns it to be scored again, { $reject } rejects it.
rv-you_submit = Scored and not yet submitted: { $key } sends it to the HR head for sign-off. Its scores are fixed from then on unless it is returned.
rv-you_score = Press { $key } to score it.
rv-you_acknowledge = Signed off: read it, then press { $key } to acknowledge it, with a remark if you wish.
rv-confirm_submit = Send { $id } ({ $name }, { $grade }) to the HR head for sign-off? Its scores cannot change after this unless it is returned.
rv-submitted = Submitted for sign-off.
rv-scored = Scores saved. The evaluation is submitted with S when it is ready.
rv-self_assessed = Your self-assessment is saved.
rv-acknowledged = Acknowledged; your remark is kept with the evaluation.
rv-cycle_opened = Evaluation cycle opened.
rv-result_recorded = Result recorded.
rv-col_course = Course
rv-col_kind = Kind
rv-col_hours = Length
rv-col_renew = Renew
rv-col_required_for = Required for
rv-col_sessions = Sessions
rv-col_gaps = Gaps
rv-col_expiring = Expiring
rv-hours = { $h } h
rv-months = { $n } mo
rv-no_renewal = once
rv-renew_every = renewed every { $n } months
rv-renew_never = no renewal
rv-course_closed = closed
rv-required_by = required for { $positions }
rv-required_by_none = required for no position
rv-sessions_title = Sessions
rv-col_on = Day
rv-col_trainer = Trainer
rv-col_passed = Passed
rv-attendees_title = Attendees of { $session } on { $on }
rv-others = { " " }(+{ $n } you do not see)
rv-col_outcome = Result
rv-col_points = Score
rv-col_certificate = Certificate
rv-no_result = no result yet
rv-passed = passed
rv-failed = failed
rv-col_standing = Standing
rv-points = { $n } points
rv-valid_until = , valid until { $on }
rv-record_training = Training
rv-record_required = { $course }: { $standing }{ $until }
rv-record_no_training = No training recorded.
rv-record_evaluations = Evaluations
rv-record_no_evaluations = No evaluation yet.
rvf-score = Score the evaluation
rvf-self_assess = Your self-assessment
rvf-acknowledge = Acknowledge the evaluation
rvf-open_cycle = Open an evaluation cycle
rvf-record_result = Record a training result
rvf-score_note = Type 1–5 for each criterion (it moves on to the next); Tab reaches its comment.
rvf-acknowledge_note = Acknowledging says you have read it. Your remark is kept beside the scores; it does not change them.
rvf-comment = { "  " }comment
rvf-remark = Your remark
rvf-scale_1 = 1 · unsatisfactory
rvf-scale_2 = 2 · needs improvement
rvf-scale_3 = 3 · meets expectations
rvf-scale_4 = 4 · exceeds expectations
rvf-scale_5 = 5 · outstanding
rvf-scored_so_far = { $done } of { $total } criteria scored.
rvf-weighted = Weighted result { $result }: grade { $grade }.
rvf-cycle_name = Name
rvf-from = From
rvf-to = To
rvf-template = Template
rvf-self_assessment = Self-assessment
rvf-self_no = no
rvf-self_yes = yes: each employee scores themselves first
rvf-outcome = Result
rvf-points = Score (0–100)

# --- evaluation and training: commands (CLI keys go below this line) ---
cli-crs_closed = { $id } is closed: no more sessions; the passes it gave still count.
cli-crs_edited = { $id } is saved.
cli-crs_none = No open courses in the catalog (`renshi course list --all` shows closed ones too).
cli-crs_open_state = open
cli-crs_closed_state = closed
cli-crs_col_title = Course
cli-crs_col_kind = Kind
cli-crs_col_hours = Hours
cli-crs_col_required = Required for
cli-crs_col_renew = Renewal
cli-crs_col_sessions = Sessions
cli-crs_col_holders = Up to date
cli-crs_col_gaps = Gaps
cli-crs_col_expiring = Expiring
cli-crs_col_employee = Employee
cli-crs_col_standing = Standing
cli-crs_col_valid_until = Valid until
cli-crs_counts = { $done } done, { $expiring } expiring, { $expired } expired, { $missing } missing
cli-crs_hours = { $hours } h
cli-crs_renew_months = { $n ->
        [one] every month
       *[other] every { $n } months
    }
cli-crs_renew_never = never
cli-crs_sessions = Sessions:
cli-crs_gaps = Who still needs it:
cli-crs_no_gaps = Everyone who needs it has it.
cli-ts_none = No training sessions.
cli-ts_tally = { $attendees } attending, { $passed } passed, { $failed } failed
cli-ts_enrolled = { $session }: { $employees } enrolled.
cli-ts_col_on = Day
cli-ts_col_course = Course
cli-ts_col_trainer = Trainer
cli-ts_col_attendees = Attending
cli-ts_col_passed = Passed
cli-ts_col_failed = Failed
cli-ts_col_result = Result
cli-ts_col_certificate = Certificate
cli-ts_col_session = Session
cli-ts_attendees = Attendees ({ $attendees }; { $passed } passed, { $failed } failed):
cli-ts_no_result = no result yet
cli-ts_passed = passed
cli-ts_failed = failed
cli-ts_note_of = Note on { $employee }:
cli-ts_others = … and { $n } attendees of other departments, not shown to you.
cli-ts_result_passed = { $session }: { $employee } passed.
cli-ts_result_failed = { $session }: { $employee } did not pass.
cli-rec_required = Required training:
cli-rec_none_required = Their position requires no course.
cli-rec_col_passed = Passed on
cli-rec_training = Training:
cli-rec_no_training = No training recorded.
cli-rec_evaluations = Evaluations:
cli-ev_none = No evaluations.
cli-ev_col_period = Period
cli-ev_col_stage = Stage
cli-ev_col_result = Result
cli-ev_col_grade = Grade
cli-ev_col_evaluator = Evaluator
cli-ev_col_score = Score
cli-ev_col_own = Own
cli-cyc_closed = { $id } is closed: nothing more is scored or submitted in it.
cli-cyc_none = No evaluation cycles.
cli-cyc_open_state = open
cli-cyc_closed_state = closed
cli-cyc_col_name = Cycle
cli-cyc_col_template = Template
cli-cyc_col_expected = To evaluate
cli-cyc_col_scored = Scored
cli-cyc_col_signed_off = Signed off
cli-cyc_col_acknowledged = Acknowledged
cli-cyc_col_key = Key
cli-cyc_col_criterion = Criterion
cli-cyc_col_weight = Weight
cli-cyc_depts = Departments
cli-cyc_all_depts = all
cli-cyc_self = Self-assessment
cli-rv_yes = yes
cli-rv_no = no
cli-cyc_criteria = Criteria and their weights:
cli-cyc_grades = Grades
cli-cyc_progress = { $expected } to evaluate: { $draft } scored, { $submitted } waiting for sign-off, { $signed_off } signed off, { $acknowledged } acknowledged.
cli-cyc_no_people = Nobody you see is evaluated in it.
cli-cyc_grades_given = Grades given
cli-rv_next = You can do next:
cli-ev_self_saved = { $id }: your self-assessment for { $cycle } is saved.
cli-ev_submitted = { $id } is sent for sign-off.
cli-ev_acked = { $id }: you acknowledged your evaluation.
cli-ev_scored = { $id }: { $employee } scored, weighted result { $result }, grade { $grade }. Send it for sign-off with `renshi evaluation submit { $id }`.
cli-ev_scored_plain = { $id }: { $employee } scored.
cli-ev_scores = Scores:
cli-ev_scores_hidden = The scores are shown to you once the evaluation is signed off.
cli-ev_note_of = On { $criterion }:
cli-ev_own_note_of = The employee's own word on { $criterion }:
cli-ev_weighted = Weighted result { $result }, grade { $grade }
cli-ev_digest = Round { $round }, digest { $digest } (sign this version with `--seen` { $digest })
cli-ev_signoff = Sign-off:
cli-ev_waits_for = Waits for { $step } ({ $role })
cli-ev_acknowledged_at = Acknowledged by the employee { $at }
cli-ev_remark = The employee's remark:
cli-ev_no_assign = `--assign` names who runs a requisition: an evaluation is signed without it.
cli-rpt_col_course = Course
cli-rpt_no_gaps = No gaps in required training.
cli-dash_title = The company on { $today }
cli-dash_seats = Seats by department:
cli-dash_col_approved = Approved
cli-dash_col_filled = Filled
cli-dash_col_reserved = Reserved
cli-dash_company = Company
cli-dash_recruitment = Recruitment:
cli-dash_req_ages = Open requisitions by age
cli-dash_ages = { $a } up to 7 days, { $b } 8–30, { $c } 31–90, { $d } over 90
cli-dash_signing = Being signed
cli-dash_funnel = Applied → interviewed → offered → hired
cli-dash_days_to_fill = Mean days to fill
cli-dash_hires = Hires in the last 12 months
cli-dash_steps = Time per sign-off step:
cli-dash_people = People:
cli-dash_within = { $thirty } within 30 days, { $sixty } within 60
cli-dash_probation_ends = Probations ending
cli-dash_contract_ends = Contracts ending
cli-dash_separations = Separations
cli-dash_separations_open = { $open } open, { $overdue } steps overdue
cli-dash_training = Required training
cli-dash_cycle = Current cycle
cli-dash_cycle_progress = { $id } { $name }: { $signed_off } of { $expected } signed off ({ $scored } scored)
cli-dash_no_cycle = none running
