use super::*;
use proptest::prelude::*;

fn unit(v: Vec<f32>) -> Vec<f32> {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-6);
    v.into_iter().map(|x| x / n).collect()
}

proptest! {
    /// Quantising two unit vectors keeps their cosine within 0.02 (what the
    /// dense ranking relies on), and the stored form reads back unchanged.
    #[test]
    fn quantised_cosine_stays_close(
        a in proptest::collection::vec(-1.0f32..1.0, DIM),
        b in proptest::collection::vec(-1.0f32..1.0, DIM),
    ) {
        let (a, b) = (unit(a), unit(b));
        let exact: f32 = a.iter().zip(&b).map(|(x, y)| x * y).sum();
        let (qa, qb) = (Quantized::from_unit(&a), Quantized::from_unit(&b));
        prop_assert!((qa.cosine(&qb) - exact).abs() < 0.02, "{} vs {}", qa.cosine(&qb), exact);
        prop_assert!((qa.cosine(&qa) - 1.0).abs() < 0.02);
        prop_assert_eq!(Quantized::from_bytes(&qa.to_bytes()), Some(qa));
    }

    #[test]
    fn integer_dot_product_is_exact(
        a in proptest::collection::vec(any::<i8>(), 0..700),
        b in proptest::collection::vec(any::<i8>(), 0..700),
    ) {
        let n = a.len().min(b.len());
        let naive: i32 = a[..n].iter().zip(&b[..n]).map(|(&x, &y)| i32::from(x) * i32::from(y)).sum();
        prop_assert_eq!(dot_i8(&a[..n], &b[..n]), naive);
    }
}

#[test]
fn stored_vectors_of_another_size_are_refused() {
    assert!(Quantized::from_bytes(&[0; 4 + DIM - 1]).is_none());
    assert!(Quantized::from_bytes(&[0; 4 + DIM + 1]).is_none());
    let zero = Quantized::from_unit(&[0.0; DIM]);
    assert_eq!(zero.cosine(&zero), 0.0, "no vector is near nothing");
}
