//! Each refusal's message-catalog key and the arguments its text names,
//! kept beside the variants so a new one does not compile without both.

use super::DomainError;

impl DomainError {
    /// The message-catalog key for this error.
    pub fn key(&self) -> &'static str {
        use DomainError::*;
        match self {
            NotRegistered { .. } => "err.not_registered",
            Denied { .. } => "err.denied",
            NotYourDepartment { .. } => "err.not_your_department",
            EmptyField { .. } => "err.empty_field",
            TooLong { .. } => "err.too_long",
            OneLineOnly { .. } => "err.one_line_only",
            BadCharacter { .. } => "err.bad_character",
            LoneMark { .. } => "err.lone_mark",
            BadHeadcount { .. } => "err.bad_headcount",
            DuplicateTitle { .. } => "err.duplicate_title",
            DuplicateDepartment { .. } => "err.duplicate_department",
            DepartmentCycle { .. } => "err.department_cycle",
            NotFound { .. } => "err.not_found",
            PositionClosed { .. } => "err.position_closed",
            HeadcountBelowOccupied { .. } => "err.headcount_below_occupied",
            CloseOccupied { .. } => "err.close_occupied",
            PlanNotEditable { .. } => "err.plan_not_editable",
            NotAuthor { .. } => "err.not_author",
            PlanEmpty { .. } => "err.plan_empty",
            TooManyLines { .. } => "err.too_many_lines",
            NotAwaitingSignature { .. } => "err.not_awaiting_signature",
            NotYourTurn { .. } => "err.not_your_turn",
            FourEyes {
                signed_step: None, ..
            } => "err.four_eyes_author",
            FourEyes { .. } => "err.four_eyes_signed",
            // The hint names the command that shows this kind of case.
            ChangedSinceSeen { case, .. } if case.starts_with("REQ-") => {
                "err.changed_since_seen_req"
            }
            ChangedSinceSeen { case, .. } if case.starts_with("EV-") => {
                "err.changed_since_seen_eval"
            }
            ChangedSinceSeen { .. } => "err.changed_since_seen",
            CommentRequired => "err.comment_required",
            ReasonRequired { .. } => "err.reason_required",
            NoSuchLine { .. } => "err.no_such_line",
            DuplicateLogin { .. } => "err.duplicate_login",
            DuplicateRole { .. } => "err.duplicate_role",
            ScopeNeeded { .. } => "err.scope_needed",
            DelegationEnded => "err.delegation_ended",
            DelegationToSelf => "err.delegation_to_self",
            AlreadyRevoked { .. } => "err.already_revoked",
            DuplicateLine { .. } => "err.duplicate_line",
            UnknownChain { .. } => "err.unknown_chain",
            NoChange { .. } => "err.no_change",
            NoSeats => "err.no_seats",
            DemoOnly => "cli.as_refused",
            PaperSignerCannotSign { .. } => "err.paper_signer",
            PaperOwnSignature => "err.paper_own",
            // The message names the command that confirms it: the case's own.
            PaperPending { case, .. } if case.starts_with("REQ-") => "err.req_paper_pending",
            PaperPending { .. } => "err.paper_pending",
            NoPendingPaper { .. } => "err.no_pending_paper",
            SecondPersonNeeded { .. } => "err.second_person",
            Overtaken { .. } => "err.overtaken",
            UserDisabled { .. } => "err.user_disabled",
            UserAlreadyDisabled { .. } => "err.user_already_disabled",
            UserNotDisabled { .. } => "err.user_not_disabled",
            OwnAccount => "err.own_account",
            PlanNotDeletable { .. } => "err.plan_not_deletable",
            PlanNotWithdrawable { .. } => "err.plan_not_withdrawable",
            BadLogin { .. } => "err.bad_login",
            BadDate { .. } => "err.bad_date",
            DuplicateNumber { .. } => "err.duplicate_number",
            NumberIsAnId { .. } => "err.number_is_an_id",
            DuplicateNumberInFile { .. } => "err.duplicate_number_in_file",
            DuplicateIdNumber { .. } => "err.duplicate_id_number",
            DuplicateIdNumberInFile { .. } => "err.duplicate_id_number_in_file",
            NoFreeSeat { .. } => "err.no_free_seat",
            RosterOverHeadcount { .. } => "err.roster_over_headcount",
            EmployeeSeparated { .. } => "err.employee_separated",
            AlreadyErased { id, .. } if id.starts_with("CAN-") => "err.candidate_already_erased",
            AlreadyErased { .. } => "err.already_erased",
            AmbiguousPosition { .. } => "err.ambiguous_position",
            AmbiguousDepartment { .. } => "err.ambiguous_department",
            PositionNotInDept { .. } => "err.position_not_in_dept",
            BadChoice { .. } => "err.bad_choice",
            EndBeforeStart { .. } => "err.end_before_start",
            BadEmail { .. } => "err.bad_email",
            BadPhone { .. } => "err.bad_phone",
            EmptyRoster => "err.empty_roster",
            AlreadyHolds { .. } => "err.already_holds",
            NothingEdited { .. } => "err.nothing_edited",
            RosterTooLong { .. } => "err.roster_too_long",
            RosterRejected { .. } => "err.roster_rejected",
            SeatsShort { .. } => "err.seats_short",
            BadCount { .. } => "err.bad_count",
            StartInPast { .. } => "err.start_in_past",
            AssignAtApproval { .. } => "err.assign_at_approval",
            NotHr { .. } => "err.not_hr",
            ReqClosed { .. } => "err.req_closed",
            TooManyCandidates { .. } => "err.too_many_candidates",
            NotInterviewer { .. } => "err.not_interviewer",
            FeedbackGiven { .. } => "err.feedback_given",
            BadScore { .. } => "err.bad_score",
            InterviewOpen { .. } => "err.interview_open",
            ProbationTooLong { .. } => "err.probation_too_long",
            ReqSeatsTaken { .. } => "err.req_seats_taken",
            CandidateClosed { .. } => "err.candidate_closed",
            ProbationPastLimit { .. } => "err.probation_past_limit",
            ReqNotOpen { .. } => "err.req_not_open",
            NotRunner { .. } => "err.not_runner",
            WrongStage { .. } => "err.wrong_stage",
            BadPanel { .. } => "err.bad_panel",
            NotJoint { .. } => "err.not_joint",
            NoReviewOpen { .. } => "err.no_review_open",
            OwnAssessment => "err.own_assessment",
            ExtendedOnce { .. } => "err.extended_once",
            NotOnProbation { .. } => "err.not_on_probation",
            ReviewExists { .. } => "err.review_exists",
            ProbationNotPassed { .. } => "err.probation_not_passed",
            BeforeHire { .. } => "err.before_hire",
            InFuture { .. } => "err.in_future",
            NotStartedYet { .. } => "err.not_started_yet",
            NotPassedBefore { .. } => "err.not_passed_before",
            AlreadyStarted { .. } => "err.already_started",
            InterviewNotYet { .. } => "err.interview_not_yet",
            InterviewCancelled { .. } => "err.interview_cancelled",
            BadInterviewTime { .. } => "err.bad_interview_time",
            FeedbackFirst { .. } => "err.feedback_first",
            InterviewHeld { .. } => "err.interview_held",
            NoInterviewHeld { .. } => "err.no_interview_held",
            BadBirthDate { .. } => "err.bad_birth_date",
            BadBankAccount { .. } => "err.bad_bank_account",
            CaseNotOpen { .. } => "err.case_not_open",
            OwnSeparation { .. } => "err.own_separation",
            StepDone { .. } => "err.step_done",
            NotYourStep { .. } => "err.not_your_step",
            StepGated { .. } => "err.step_gated",
            NoSuchStep { .. } => "err.no_such_step",
            KindNotYours { .. } => "err.kind_not_yours",
            CaseOpen { .. } => "err.case_open",
            LastDayBeforeNotice { .. } => "err.last_day_before_notice",
            LastDayTooFar { .. } => "err.last_day_too_far",
            HandoverToNeeded { .. } => "err.handover_to_needed",
            BadHandover { .. } => "err.bad_handover",
            EquipmentOutstanding { .. } => "err.equipment_outstanding",
            SettlementFirst { .. } => "err.settlement_first",
            NotLeaving { .. } => "err.not_leaving",
            NoAcknowledgement { .. } => "err.no_acknowledgement",
            StepNotDone { .. } => "err.step_not_done",
            Acknowledged { .. } => "err.acknowledged",
            DuplicateTag { .. } => "err.duplicate_tag",
            TooManyItems { .. } => "err.too_many_items",
            NoSuchItem { .. } => "err.no_such_item",
            ItemSettled { .. } => "err.item_settled",
            BadAmount { .. } => "err.bad_amount",
            BadCurrency { .. } => "err.bad_currency",
            SettlementNegative { .. } => "err.settlement_negative",
            PaidBeforeNotice { .. } => "err.paid_before_notice",
            StepsOpen { .. } => "err.steps_open",
            BeforeLastDay { .. } => "err.before_last_day",
            NotWithdrawable { .. } => "err.not_withdrawable",
            AgreementSigned { .. } => "err.agreement_signed",
            NoCertificate { .. } => "err.no_certificate",
            CloseOwnCase { .. } => "err.close_own_case",
            CloseOverruled { .. } => "err.close_overruled",
            ProbationByAssessment { .. } => "err.probation_by_assessment",
            BadTag { .. } => "err.bad_tag",
            EquipmentSettledFirst { .. } => "err.equipment_settled_first",
            NothingCharged { .. } => "err.nothing_charged",
            HandoverGone { .. } => "err.handover_gone",
            BadMailAddress { .. } => "err.bad_mail_address",
            BadLanguage { .. } => "err.bad_language",
            MailUnchanged { .. } => "err.mail_unchanged",
            BadTemplate { .. } => "err.bad_template",
            UnknownTemplate { .. } => "err.unknown_template",
            WeightsNot100 { .. } => "err.weights_not_100",
            UnknownCriterion { .. } => "err.unknown_criterion",
            CriterionTwice { .. } => "err.criterion_twice",
            BadCriterionScore { .. } => "err.bad_criterion_score",
            CriteriaMissing { .. } => "err.criteria_missing",
            CourseClosed { .. } => "err.course_closed",
            DuplicateCourse { .. } => "err.duplicate_course",
            BadHours { .. } => "err.bad_hours",
            BadRenewal { .. } => "err.bad_renewal",
            TooManyAttendees { .. } => "err.too_many_attendees",
            NotAttendee { .. } => "err.not_attendee",
            BadTrainingScore { .. } => "err.bad_training_score",
            CertificateWithoutPass { .. } => "err.certificate_without_pass",
            NothingChanged { .. } => "err.nothing_changed",
            CycleClosed { .. } => "err.cycle_closed",
            DuplicateCycle { .. } => "err.duplicate_cycle",
            CycleTooLong { .. } => "err.cycle_too_long",
            OutsideCycle { .. } => "err.outside_cycle",
            EvaluationNotDraft { .. } => "err.evaluation_not_draft",
            NotScoredYet { .. } => "err.not_scored_yet",
            NoEmployeeRecord { .. } => "err.no_employee_record",
            NoSelfAssessment { .. } => "err.no_self_assessment",
            NotYourEvaluation { .. } => "err.not_your_evaluation",
            NotSignedOffYet { .. } => "err.not_signed_off_yet",
            AlreadyAcknowledged { .. } => "err.already_acknowledged",
            OwnEvaluation => "err.own_evaluation",
            OwnTraining => "err.own_training",
            DayOutOfRange { .. } => "err.day_out_of_range",
            AlreadyEnrolled { .. } => "err.already_enrolled",
            EmployeeLeft { .. } => "err.employee_left",
            NotYourDraft { .. } => "err.not_your_draft",
            SameResult { .. } => "err.same_result",
            CycleNotStarted { .. } => "err.cycle_not_started",
        }
    }

    /// Named arguments substituted into the catalog text (`{name}`).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        use DomainError::*;
        let s = |v: &String| v.clone();
        match self {
            NotRegistered { login }
            | DuplicateLogin { login }
            | UserDisabled { login }
            | UserAlreadyDisabled { login }
            | UserNotDisabled { login } => vec![("login", s(login))],
            Denied { action, need } => vec![("action", s(action)), ("need", s(need))],
            NotYourDepartment { dept } => vec![("dept", s(dept))],
            EmptyField { field } | OneLineOnly { field } => vec![("field", s(field))],
            TooLong { field, max } => vec![("field", s(field)), ("max", max.to_string())],
            BadCharacter { field, code, at } | LoneMark { field, code, at } => vec![
                ("field", s(field)),
                ("code", s(code)),
                ("at", at.to_string()),
            ],
            BadHeadcount { text, max } => vec![("text", s(text)), ("max", max.to_string())],
            DuplicateTitle { title, dept } => vec![("title", s(title)), ("dept", s(dept))],
            DuplicateDepartment { name, dept } => vec![("name", s(name)), ("dept", s(dept))],
            DepartmentCycle { dept, parent } => vec![("dept", s(dept)), ("parent", s(parent))],
            NotFound { kind, id } => vec![("kind", s(kind)), ("id", s(id))],
            PositionClosed { position } | DuplicateLine { position } | NoChange { position } => {
                vec![("position", s(position))]
            }
            HeadcountBelowOccupied {
                position,
                title,
                requested,
                occupied,
                short,
            } => vec![
                ("position", s(position)),
                ("title", s(title)),
                ("requested", requested.to_string()),
                ("occupied", occupied.to_string()),
                ("short", short.to_string()),
            ],
            CloseOccupied { position, occupied } => {
                vec![
                    ("position", s(position)),
                    ("occupied", occupied.to_string()),
                ]
            }
            PlanNotEditable { plan, state }
            | NotAwaitingSignature { plan, state }
            | PlanNotDeletable { plan, state }
            | PlanNotWithdrawable { plan, state } => {
                vec![("plan", s(plan)), ("state", s(state))]
            }
            NotAuthor { case, author } => vec![("case", s(case)), ("author", s(author))],
            PlanEmpty { plan } => vec![("plan", s(plan))],
            TooManyLines { plan, max } => vec![("plan", s(plan)), ("max", max.to_string())],
            NotYourTurn { plan, step, role } => {
                vec![("plan", s(plan)), ("step", s(step)), ("role", s(role))]
            }
            FourEyes {
                case,
                login,
                signed_step,
                role,
                ..
            } => vec![
                ("case", s(case)),
                ("login", s(login)),
                ("step", signed_step.clone().unwrap_or_default()),
                ("role", s(role)),
            ],
            ChangedSinceSeen {
                case,
                round,
                digest,
            } => vec![
                ("case", s(case)),
                ("round", round.to_string()),
                ("digest", s(digest)),
            ],
            NoSuchLine { plan, line } => vec![("plan", s(plan)), ("line", line.to_string())],
            DuplicateRole { role } | ScopeNeeded { role } => vec![("role", s(role))],
            AlreadyRevoked { id } => vec![("id", s(id))],
            UnknownChain { name } => vec![("name", s(name))],
            PaperSignerCannotSign { login, step, role } => {
                vec![("login", s(login)), ("step", s(step)), ("role", s(role))]
            }
            PaperPending { case, recorded_by } => {
                vec![("case", s(case)), ("recorded_by", s(recorded_by))]
            }
            NoPendingPaper { case } => vec![("case", s(case))],
            BadLogin { login } => vec![("login", s(login))],
            BadDate { text } => vec![("text", s(text))],
            SecondPersonNeeded { recorded_by } => vec![("recorded_by", s(recorded_by))],
            Overtaken { plan, position, by } => {
                vec![("plan", s(plan)), ("position", s(position)), ("by", s(by))]
            }
            DuplicateNumber { number, id } | NumberIsAnId { number, id } => {
                vec![("number", s(number)), ("id", s(id))]
            }
            DuplicateNumberInFile { number, line } => {
                vec![("number", s(number)), ("line", line.to_string())]
            }
            DuplicateIdNumber { id } => vec![("id", s(id))],
            DuplicateIdNumberInFile { line } => vec![("line", line.to_string())],
            NoFreeSeat {
                position,
                title,
                approved,
                filled,
                reserved,
            } => vec![
                ("position", s(position)),
                ("title", s(title)),
                ("approved", approved.to_string()),
                ("filled", filled.to_string()),
                ("reserved", reserved.to_string()),
            ],
            RosterOverHeadcount {
                position,
                title,
                approved,
                filled,
                reserved,
                rows,
            } => vec![
                ("position", s(position)),
                ("title", s(title)),
                ("approved", approved.to_string()),
                ("filled", filled.to_string()),
                ("reserved", reserved.to_string()),
                ("rows", rows.to_string()),
                (
                    "free",
                    approved.saturating_sub(filled + reserved).to_string(),
                ),
            ],
            EmployeeSeparated { id } | NothingEdited { id } => vec![("id", s(id))],
            AlreadyHolds { id, position } => vec![("id", s(id)), ("position", s(position))],
            ReasonRequired { action } => vec![("action", s(action))],
            AlreadyErased { id, by, on } => vec![("id", s(id)), ("by", s(by)), ("on", s(on))],
            AmbiguousPosition { title, depts } => vec![("title", s(title)), ("depts", s(depts))],
            AmbiguousDepartment { name } => vec![("name", s(name))],
            PositionNotInDept { position, dept } => {
                vec![("position", s(position)), ("dept", s(dept))]
            }
            BadChoice {
                field,
                text,
                choices,
            } => vec![
                ("field", s(field)),
                ("text", s(text)),
                ("choices", s(choices)),
            ],
            EndBeforeStart { end, start } => vec![("end", s(end)), ("start", s(start))],
            BadEmail { text } | BadPhone { text } | BadBankAccount { text } => {
                vec![("text", s(text))]
            }
            BadBirthDate { date, min_age } => {
                vec![("date", s(date)), ("min_age", min_age.to_string())]
            }
            RosterTooLong { rows, max } => {
                vec![("rows", rows.to_string()), ("max", max.to_string())]
            }
            RosterRejected { problems, more } => {
                vec![("count", (problems.len() + *more as usize).to_string())]
            }
            SeatsShort {
                position,
                title,
                wanted,
                approved,
                overridden,
                filled,
                reserved,
            } => vec![
                ("position", s(position)),
                ("title", s(title)),
                ("wanted", wanted.to_string()),
                (
                    "free",
                    (i64::from(*approved) + i64::from(*overridden)
                        - i64::from(*filled)
                        - i64::from(*reserved))
                    .max(0)
                    .to_string(),
                ),
                ("approved", approved.to_string()),
                ("overridden", overridden.to_string()),
                ("filled", filled.to_string()),
                ("reserved", reserved.to_string()),
            ],
            BadCount { count, max } => vec![("count", count.to_string()), ("max", max.to_string())],
            StartInPast { start, today } => vec![("start", s(start)), ("today", s(today))],
            AssignAtApproval { req } => vec![("req", s(req))],
            NotHr { login } => vec![("login", s(login))],
            ReqClosed { req, state } | ReqNotOpen { req, state } => {
                vec![("req", s(req)), ("state", s(state))]
            }
            TooManyCandidates { req, max } => vec![("req", s(req)), ("max", max.to_string())],
            NotInterviewer {
                interview,
                interviewers,
            } => vec![
                ("interview", s(interview)),
                ("interviewers", s(interviewers)),
            ],
            FeedbackGiven { interview } | InterviewOpen { interview } => {
                vec![("interview", s(interview))]
            }
            BadScore { score } => vec![("score", score.to_string())],
            ProbationTooLong { months, max } => {
                vec![("months", months.to_string()), ("max", max.to_string())]
            }
            ReqSeatsTaken { req, count } => vec![("req", s(req)), ("count", count.to_string())],
            CandidateClosed { candidate, stage } => {
                vec![("candidate", s(candidate)), ("stage", s(stage))]
            }
            ProbationPastLimit { end, limit, max } => vec![
                ("end", s(end)),
                ("limit", s(limit)),
                ("max", max.to_string()),
            ],
            NotRunner { req, runner } => vec![("req", s(req)), ("runner", s(runner))],
            WrongStage {
                candidate,
                stage,
                wanted,
            } => vec![
                ("candidate", s(candidate)),
                ("stage", s(stage)),
                ("stages", s(wanted)),
            ],
            BadPanel { max } => vec![("max", max.to_string())],
            NotJoint { dept } => vec![("dept", s(dept))],
            NoReviewOpen { id }
            | NotOnProbation { id }
            | ReviewExists { id }
            | ProbationNotPassed { id } => vec![("id", s(id))],
            ExtendedOnce { id, end } => vec![("id", s(id)), ("end", s(end))],
            BeforeHire { id, on, hired } => vec![("id", s(id)), ("on", s(on)), ("hired", s(hired))],
            InFuture { on, today } => vec![("on", s(on)), ("today", s(today))],
            NotStartedYet { id, start } => vec![("id", s(id)), ("start", s(start))],
            NotPassedBefore { id } => vec![("id", s(id))],
            AlreadyStarted { id, on } => vec![("id", s(id)), ("on", s(on))],
            InterviewNotYet { interview, at } => vec![("interview", s(interview)), ("at", s(at))],
            InterviewCancelled { interview } | FeedbackFirst { interview } => {
                vec![("interview", s(interview))]
            }
            InterviewHeld { interview, by } => vec![("interview", s(interview)), ("by", s(by))],
            NoInterviewHeld { candidate } => vec![("candidate", s(candidate))],
            BadInterviewTime { at, applied } => vec![("at", s(at)), ("applied", s(applied))],
            CaseNotOpen { case, state } => vec![("case", s(case)), ("state", s(state))],
            OwnSeparation { case } => vec![("case", s(case))],
            StepDone { case, step, by } => {
                vec![("case", s(case)), ("step", s(step)), ("by", s(by))]
            }
            NotYourStep { case, step, owner } => {
                vec![("case", s(case)), ("step", s(step)), ("owner", s(owner))]
            }
            StepGated {
                case,
                step,
                waiting,
            } => vec![
                ("case", s(case)),
                ("step", s(step)),
                ("waiting", s(waiting)),
            ],
            NoSuchStep { case, step, steps } => {
                vec![("case", s(case)), ("step", s(step)), ("steps", s(steps))]
            }
            KindNotYours { kind, allowed } => vec![("kind", s(kind)), ("allowed", s(allowed))],
            CaseOpen { id, case } => vec![("id", s(id)), ("case", s(case))],
            LastDayBeforeNotice { last_day, notice } => {
                vec![("last_day", s(last_day)), ("notice", s(notice))]
            }
            LastDayTooFar { last_day, notice } => {
                vec![("last_day", s(last_day)), ("notice", s(notice))]
            }
            HandoverToNeeded { case } => vec![("case", s(case))],
            BadHandover { to, name } => vec![("to", s(to)), ("name", s(name))],
            EquipmentOutstanding { case, tags } => vec![("case", s(case)), ("tags", s(tags))],
            SettlementFirst { case } => vec![("case", s(case))],
            NotLeaving { case } => vec![("case", s(case))],
            NoAcknowledgement { case, step } => vec![("case", s(case)), ("step", s(step))],
            StepNotDone { case, step } => vec![("case", s(case)), ("step", s(step))],
            Acknowledged { case, step } => vec![("case", s(case)), ("step", s(step))],
            DuplicateTag { tag, holder } => vec![("tag", s(tag)), ("holder", s(holder))],
            TooManyItems { id, max } => vec![("id", s(id)), ("max", max.to_string())],
            NoSuchItem { tag, id } => vec![("tag", s(tag)), ("id", s(id))],
            ItemSettled { tag, fate } => vec![("tag", s(tag)), ("fate", s(fate))],
            BadAmount { text, currency } => vec![("text", s(text)), ("currency", s(currency))],
            BadCurrency { text } => vec![("text", s(text))],
            SettlementNegative { total, currency } => {
                vec![("total", s(total)), ("currency", s(currency))]
            }
            PaidBeforeNotice { paid_on, notice } => {
                vec![("paid_on", s(paid_on)), ("notice", s(notice))]
            }
            StepsOpen { case, steps } => vec![("case", s(case)), ("steps", s(steps))],
            BeforeLastDay { case, last_day } => vec![("case", s(case)), ("last_day", s(last_day))],
            NotWithdrawable { case } => vec![("case", s(case))],
            AgreementSigned { case } => vec![("case", s(case))],
            NoCertificate { case } => vec![("case", s(case))],
            CloseOwnCase { case } => vec![("case", s(case))],
            CloseOverruled { case, step } => vec![("case", s(case)), ("step", s(step))],
            ProbationByAssessment { id } => vec![("id", s(id))],
            BadTag { tag } => vec![("tag", s(tag))],
            EquipmentSettledFirst { case } => vec![("case", s(case))],
            NothingCharged { tag } => vec![("tag", s(tag))],
            HandoverGone { case, to } => vec![("case", s(case)), ("to", s(to))],
            BadMailAddress { address } => vec![("address", s(address))],
            BadLanguage { language } => vec![("language", s(language))],
            MailUnchanged { login } => vec![("login", s(login))],
            BadTemplate { reason } => vec![("reason", s(reason))],
            UnknownTemplate { name, known } => vec![("name", s(name)), ("known", s(known))],
            WeightsNot100 { sum, weights } => {
                vec![("sum", sum.to_string()), ("weights", s(weights))]
            }
            UnknownCriterion { key, known } => vec![("key", s(key)), ("known", s(known))],
            CriterionTwice { key } => vec![("key", s(key))],
            BadCriterionScore { key, text } => vec![("key", s(key)), ("text", s(text))],
            CriteriaMissing { keys } => vec![("keys", s(keys))],
            CourseClosed { course } => vec![("course", s(course))],
            DuplicateCourse { title, id } => vec![("title", s(title)), ("id", s(id))],
            BadHours { text } | BadTrainingScore { text } => vec![("text", s(text))],
            BadRenewal { text, max } => vec![("text", s(text)), ("max", max.to_string())],
            TooManyAttendees { max } => vec![("max", max.to_string())],
            NotAttendee { employee, session } => {
                vec![("employee", s(employee)), ("session", s(session))]
            }
            CertificateWithoutPass { certificate } => vec![("certificate", s(certificate))],
            NothingChanged { id }
            | EvaluationNotDraft { id }
            | NotScoredYet { id }
            | NotYourEvaluation { id }
            | NotSignedOffYet { id }
            | AlreadyAcknowledged { id } => vec![("id", s(id))],
            CycleClosed { cycle } | NoSelfAssessment { cycle } => vec![("cycle", s(cycle))],
            DuplicateCycle { name, id } => vec![("name", s(name)), ("id", s(id))],
            CycleTooLong { from, to } => vec![("from", s(from)), ("to", s(to))],
            OutsideCycle { employee, cycle } => {
                vec![("employee", s(employee)), ("cycle", s(cycle))]
            }
            NoEmployeeRecord { login } => vec![("login", s(login))],
            DayOutOfRange { on, today } => vec![("on", s(on)), ("today", s(today))],
            AlreadyEnrolled { employee, session } | SameResult { employee, session } => {
                vec![("employee", s(employee)), ("session", s(session))]
            }
            EmployeeLeft { id } => vec![("id", s(id))],
            CycleNotStarted { cycle, from } => vec![("cycle", s(cycle)), ("from", s(from))],
            NotYourDraft { id, evaluator } => vec![("id", s(id)), ("evaluator", s(evaluator))],
            CommentRequired | EmptyRoster | DelegationEnded | DelegationToSelf | NoSeats
            | DemoOnly | PaperOwnSignature | OwnAccount | OwnAssessment | OwnEvaluation
            | OwnTraining => vec![],
        }
    }
}
