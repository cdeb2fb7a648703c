//! Pieces every screen draws with, written once: tables with a `/` filter,
//! scrolling detail panes, the multi-line editor, pop-ups.

pub mod detail;
pub mod editor;
pub mod filter;
pub mod glyphs;
pub mod popup;
pub mod table;

pub use detail::Detail;
pub use filter::Filter;
pub use table::{Cells, ListTable, fit};
