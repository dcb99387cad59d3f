//! The hasher of the quote layer's hash maps and word sets: small and fast, where std's
//! SipHash guards against keys chosen to collide, which ours (our word lists, the names in
//! one article) are not.

use std::hash::Hasher;

/// The multiply-rotate hash of rustc (FxHash): fast on short keys, and nothing here is
/// adversarial (the keys are our own word lists).
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
