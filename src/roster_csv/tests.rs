use super::*;

fn read_bytes(b: &[u8]) -> Result<Roster, FileError> {
    read(b, &mut |_| {})
}

const HEAD: &str = "number,name,department,position,status,start_date,contract,contract_end,id_number,phone,email,address,bank_account\r\n";

#[test]
fn a_bom_crlf_quotes_and_chinese_are_read_as_written() {
    let text = format!(
        "\u{feff}{HEAD}A-1,\"王, 小明\",DEP-02,POS-003,probation,2024-03-01,probation,2024-09-01,110101199001011234,'+8613800138000,wang@example.com,\"北京市\r\n朝陽區 \"\"一號\"\"\",6222\r\n"
    );
    let r = read_bytes(text.as_bytes()).unwrap();
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let row = &r.rows[0];
    assert_eq!(row.line, 2);
    assert_eq!(row.number, "A-1");
    assert_eq!(row.name, "王, 小明");
    assert_eq!(row.start_date, "2024-03-01");
    // The mark an export puts before a formula character is taken off again.
    assert_eq!(row.personal.phone, "+8613800138000");
    assert_eq!(row.personal.address, "北京市\r\n朝陽區 \"一號\"");
}

#[test]
fn header_names_are_forgiving_about_case_and_spaces_and_order() {
    let r = read_bytes(b" Start_Date ,NAME,position\n2024-01-01,Li,POS-001\n").unwrap();
    assert_eq!(r.rows[0].name, "Li");
    assert_eq!(r.rows[0].start_date, "2024-01-01");
}

#[test]
fn unknown_missing_and_repeated_columns_are_all_named() {
    let e = read_bytes(b"name,salary,name,dept\nLi,1,Li,x\n").unwrap_err();
    assert_eq!(
        e,
        FileError::Header {
            unknown: vec!["salary".into(), "dept".into()],
            missing: vec!["position".into(), "start_date".into()],
            twice: vec!["name".into()],
        }
    );
    let args = e.args();
    assert!(
        args.iter()
            .any(|(k, v)| *k == "columns" && v.contains("bank_account"))
    );
}

#[test]
fn a_file_with_nothing_in_it_is_empty() {
    assert_eq!(read_bytes(b"").unwrap_err(), FileError::Empty);
    assert_eq!(read_bytes(BOM).unwrap_err(), FileError::Empty);
    let r = read_bytes(b"name,position,start_date\r\n\r\n,,\r\n").unwrap();
    assert!(r.rows.is_empty() && r.problems.is_empty());
}

#[test]
fn invalid_utf8_is_named_by_line_and_column_and_reading_goes_on() {
    let r = read_bytes(b"name,position,start_date\nLi,POS-001,2024-01-01\n\xc0\xaf,POS-001,2024-01-01\nWu,POS-\xff,2024-01-01\nMa,POS-001,2024-01-01\n").unwrap();
    let at: Vec<(u32, &str, &str)> = r
        .problems
        .iter()
        .map(|p| (p.line, p.column.as_str(), p.key.as_str()))
        .collect();
    assert_eq!(
        at,
        vec![
            (3, "name", "err.csv_not_utf8"),
            (4, "position", "err.csv_not_utf8")
        ]
    );
    let names: Vec<&str> = r.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Li", "Ma"]);
}

#[test]
fn a_huge_value_is_refused_where_it_starts_without_reading_it_whole() {
    struct Endless(u64);
    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            buf.fill(b'x');
            self.0 += buf.len() as u64;
            Ok(buf.len())
        }
    }
    let input = b"name,position,start_date\nLi,POS-001,2024-01-01\nWu,\"POS-001".chain(Endless(0));
    let r = read(input, &mut |_| {}).unwrap();
    assert_eq!(r.rows.len(), 1);
    assert_eq!(r.problems.len(), 1);
    let p = &r.problems[0];
    assert_eq!(
        (p.line, p.column.as_str(), p.key.as_str()),
        (3, "position", "err.csv_row_too_long")
    );
}

#[test]
fn a_long_value_within_a_row_is_refused_by_its_column() {
    let long = "x".repeat(MAX_FIELD + 1);
    let text = format!("name,position,start_date\n{long},POS-001,2024-01-01\n");
    let r = read_bytes(text.as_bytes()).unwrap();
    let p = &r.problems[0];
    assert_eq!(
        (p.line, p.column.as_str(), p.key.as_str()),
        (2, "name", "err.csv_field_too_long")
    );
    assert!(r.rows.is_empty());
}

#[test]
fn a_file_past_the_limit_is_refused_as_too_large() {
    struct Rows;
    impl Read for Rows {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let row = b"Li,POS-001,2024-01-01\n";
            let n = buf.len() / row.len() * row.len();
            for chunk in buf[..n].chunks_mut(row.len()) {
                chunk.copy_from_slice(row);
            }
            Ok(n)
        }
    }
    let input = b"name,position,start_date\n".chain(Rows);
    let e = read(input, &mut |_| {}).unwrap_err();
    assert!(
        matches!(
            e,
            FileError::TooLarge { .. } | FileError::TooManyRows { .. }
        ),
        "{e:?}"
    );
}

#[test]
fn rows_with_too_few_or_too_many_values_are_named() {
    let r = read_bytes(b"name,position,start_date\nLi,POS-001\nWu,POS-001,2024-01-01,extra\nMa,POS-001,2024-01-01,,\n").unwrap();
    let at: Vec<(u32, &str)> = r
        .problems
        .iter()
        .map(|p| (p.line, p.column.as_str()))
        .collect();
    assert_eq!(at, vec![(2, "start_date"), (3, "#4")]);
    // Empty values past the header's end (a spreadsheet's habit) are fine.
    assert_eq!(r.rows.len(), 1);
}

#[test]
fn formula_cells_are_made_inert_and_come_back_unchanged() {
    for (cell, written) in [
        ("=1+1", "'=1+1"),
        ("+86 138", "'+86 138"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("'quoted", "''quoted"),
        ("-2", "-2"),
        ("王小明", "王小明"),
        ("", ""),
    ] {
        assert_eq!(inert(cell), written);
        assert_eq!(uninert(&inert(cell)), cell);
    }
    // A quote a person typed before ordinary text stays.
    assert_eq!(uninert("'abc"), "'abc");
}

#[test]
fn written_csv_has_a_bom_crlf_and_quotes_where_needed() {
    let mut w = CsvWriter::new(Vec::new(), &["name", "address"]).unwrap();
    w.row(&["王, 小明", "line\nbreak"]).unwrap();
    w.row(&["=HYPERLINK(\"x\")", "plain"]).unwrap();
    let bytes = w.finish().unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(
        text,
        "\u{feff}name,address\r\n\"王, 小明\",\"line\nbreak\"\r\n\"'=HYPERLINK(\"\"x\"\")\",plain\r\n"
    );
}

#[test]
fn a_quoted_last_value_before_crlf_keeps_no_cr() {
    let r = read_bytes(
        b"name,position,\"start_date\"\r\nLi,POS-001,\"2024-01-01\"\r\nWu,POS-002,2024-01-02",
    )
    .unwrap();
    assert_eq!(r.rows[0].start_date, "2024-01-01");
    assert_eq!(
        (r.rows[1].line, r.rows[1].start_date.as_str()),
        (3, "2024-01-02")
    );
}

#[test]
fn a_header_that_never_ends_is_not_a_roster() {
    let mut bytes = b"\"name".to_vec();
    bytes.extend(std::iter::repeat_n(b'x', 200 << 10));
    assert_eq!(read_bytes(&bytes).unwrap_err(), FileError::HeaderTooLong);
}
