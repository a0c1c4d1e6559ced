//! Fuzzes the UTF-8 → UTF-16 offset table against `encode_utf16` at every character boundary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let table = factmark::Utf16Table::new(&text);
    let mut units = 0u32;
    for (byte, ch) in text.char_indices() {
        assert_eq!(table.offset(byte as u32), units);
        units += ch.len_utf16() as u32;
    }
    assert_eq!(table.offset(text.len() as u32), units);
});
