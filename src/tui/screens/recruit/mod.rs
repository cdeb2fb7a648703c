//! Recruitment in the terminal: requisitions, a requisition's sign-off
//! timeline and candidate pipeline, and the forms of each step.

use crate::service::api::CaseRef;
use crate::tui::app::App;

/// Opens the requisition an inbox item is about.
pub fn open_case(app: &mut App, case: CaseRef) {
    app.info(app.cat.f(
        "recruit.use_cli",
        &[("id", case.to_string()), ("req", case.to_string())],
    ));
}
