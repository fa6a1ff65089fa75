//! The vault's unit tests: sealing, opening, the blind index, key files and rotation.
use super::*;

#[test]
fn a_sealed_value_opens_only_in_its_own_column() {
    let v = Vault::ephemeral();
    let s = v.seal(Field::Phone, "13800138000");
    assert!(s.starts_with(PREFIX));
    assert!(!s.contains("13800138000"));
    assert_eq!(v.open(Field::Phone, &s).unwrap(), "13800138000");
    assert!(matches!(
        v.open(Field::Email, &s),
        Err(VaultError::Corrupt("customers.email"))
    ));
    // two seals of one value differ (random nonce)
    assert_ne!(s, v.seal(Field::Phone, "13800138000"));
}

#[test]
fn an_altered_value_does_not_open() {
    let v = Vault::ephemeral();
    let s = v.seal(Field::Name, "张三");
    let mut bytes = s.into_bytes();
    let last = bytes.len() - 3;
    bytes[last] = if bytes[last] == b'A' { b'B' } else { b'A' };
    let altered = String::from_utf8(bytes).unwrap();
    assert!(matches!(
        v.open(Field::Name, &altered),
        Err(VaultError::Corrupt(_))
    ));
}

#[test]
fn plaintext_from_before_encryption_reads_as_it_is() {
    let v = Vault::ephemeral();
    assert_eq!(v.open(Field::Name, "李四").unwrap(), "李四");
    assert!(!v.is_current("李四"));
}

#[test]
fn the_blind_index_is_keyed_and_stable() {
    let v = Vault::ephemeral();
    assert_eq!(v.blind_phone("13800138000"), v.blind_phone("13800138000"));
    assert_ne!(v.blind_phone("13800138000"), v.blind_phone("13800138001"));
    assert_ne!(
        v.blind_phone("13800138000"),
        Vault::ephemeral().blind_phone("13800138000")
    );
    assert_eq!(v.blind_phone("1").len(), 32);
}

#[test]
fn a_new_key_seals_and_the_old_one_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.key");
    let v = Vault::create(&path).unwrap();
    assert!(matches!(Vault::create(&path), Err(VaultError::Exists(_))));
    let old = v.seal(Field::Email, "a@example.com");
    let blind = v.blind_phone("13800138000");
    let first = v.current_key_id();
    let second = v.add_key().unwrap();
    assert_ne!(first, second);
    assert!(!v.is_current(&old));
    assert!(v.is_current(&v.seal(Field::Email, "a@example.com")));
    assert_eq!(v.open(Field::Email, &old).unwrap(), "a@example.com");
    assert_eq!(v.blind_phone("13800138000"), blind);
    // another process reading the file sees both keys, the new one last
    let other = Vault::load(&path).unwrap();
    assert_eq!(other.current_key_id(), second);
    assert_eq!(other.open(Field::Email, &old).unwrap(), "a@example.com");
}

#[test]
fn a_server_opens_what_a_rotation_in_another_process_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.key");
    let server = Vault::create(&path).unwrap();
    let rotation = Vault::load(&path).unwrap();
    rotation.add_key().unwrap();
    let sealed = rotation.seal(Field::Phone, "13900139000");
    // an unknown key id makes the server read the file at once
    assert_eq!(server.open(Field::Phone, &sealed).unwrap(), "13900139000");
    assert_eq!(server.current_key_id(), rotation.current_key_id());
}

#[test]
fn a_key_file_is_checked_when_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.key");
    std::fs::write(&path, "kesu-data-keys-v1\nblind 00\n").unwrap();
    assert!(matches!(Vault::load(&path), Err(VaultError::Malformed(_))));
    let v = Vault::create(&dir.path().join("ok.key")).unwrap();
    let text = std::fs::read_to_string(v.path()).unwrap();
    // a key line whose id does not match its key is refused
    let tampered = text.replacen("key ", "key 0", 1);
    std::fs::write(&path, tampered).unwrap();
    assert!(matches!(Vault::load(&path), Err(VaultError::Malformed(_))));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(v.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
