//! The threads that answer search queries: a fixed few (one per core by
//! default), taking queries in arrival order.
//!
//! Searches are CPU-bound. Run on tokio's blocking pool, every query in
//! flight gets its own thread and the cores are time-shared between all of
//! them, so under load a query takes as long as all the others together,
//! and an expensive one several times longer. Queued in order on one thread
//! per core, a query waits for those ahead of it and then runs at full
//! speed: throughput is the same, the tail is much shorter.
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};

type Job = Box<dyn FnOnce() + Send + 'static>;

pub struct QueryPool {
    queue: Mutex<Sender<Job>>,
    threads: usize,
}

/// The query did not complete: it panicked, or the pool is gone. The caller
/// reports an internal error.
#[derive(Debug, thiserror::Error)]
#[error("the search query did not complete")]
pub struct Aborted;

impl QueryPool {
    /// A pool of `threads` threads (at least one).
    pub fn new(threads: usize) -> QueryPool {
        let threads = threads.max(1);
        let (tx, rx) = channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..threads {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("kesu-search-{i}"))
                .spawn(move || work(&rx))
                .expect("spawn a search thread");
        }
        QueryPool {
            queue: Mutex::new(tx),
            threads,
        }
    }

    /// One thread per available core.
    pub fn per_core() -> QueryPool {
        QueryPool::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
    }

    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Run `f` on the pool and wait for its result without blocking the
    /// caller's async worker. A panic in `f` is caught and becomes `Aborted`
    /// for this call only; the thread keeps serving.
    pub async fn run<R, F>(&self, f: F) -> Result<R, Aborted>
    where
        F: FnOnce() -> R + Send + 'static,
        R: Send + 'static,
    {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            if let Ok(out) = out {
                let _ = tx.send(out);
            }
        });
        self.queue
            .lock()
            .map_err(|_| Aborted)?
            .send(job)
            .map_err(|_| Aborted)?;
        rx.await.map_err(|_| Aborted)
    }
}

fn work(rx: &Mutex<Receiver<Job>>) {
    loop {
        // the lock is held only while waiting for the next job
        let job = match rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        match job {
            Ok(job) => job(),
            Err(_) => return, // the pool was dropped
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_jobs_and_survives_a_panic() {
        let pool = QueryPool::new(2);
        assert_eq!(pool.run(|| 6 * 7).await.unwrap(), 42);
        let panicked = pool.run(|| -> i32 { panic!("boom") }).await;
        assert!(panicked.is_err());
        // both threads still serve
        let results = futures_util::future::join_all((0..8).map(|i| pool.run(move || i * 2))).await;
        let results: Vec<i32> = results.into_iter().map(Result::unwrap).collect();
        assert_eq!(results, (0..8).map(|i| i * 2).collect::<Vec<_>>());
    }

    #[tokio::test]
    async fn queries_run_in_arrival_order_on_one_thread() {
        let pool = QueryPool::new(1);
        let order = Arc::new(Mutex::new(vec![]));
        let jobs = (0..5).map(|i| {
            let order = order.clone();
            pool.run(move || order.lock().unwrap().push(i))
        });
        futures_util::future::join_all(jobs).await;
        assert_eq!(*order.lock().unwrap(), vec![0, 1, 2, 3, 4]);
    }
}
