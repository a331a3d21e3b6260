/* cpipe.c: rows classified on other threads, handed on in input order.
 *
 * Classifying (the prefilter scan and PCRE2) and folding a row into the
 * state cost about as much as reading and parsing it.  So with jobs > 1
 * the thread that reads copies each row (its field bytes, times, role
 * columns and direction) into a batch; a full batch is queued, and
 * jobs - 1 worker threads, each with its own copy of the rules
 * (rules_worker: own match data, prefilter cache and counts), classify
 * whole batches.  The sink gets the batches strictly in the order they
 * were filled: a worker that finishes a batch and finds the oldest one
 * done (and no other worker handing rows on) hands the done batches at
 * the tail to the sink, one after another.  So what the sink sees, and
 * everything it computes, is exactly what one thread would give, while it
 * runs beside the reading thread; the workers' counts are added back to
 * the rules by cpipe_free.
 *
 * Batches form a ring.  A batch goes FREE -> FILLING (the reader copies
 * rows in) -> QUEUED -> WORKING (a worker) -> DONE -> (the sink) FREE.
 * Workers take queued batches in ring order.  When the ring is full the
 * reader does not idle: it classifies queued batches itself (with its own
 * rules copy) until a batch is free, so with two threads reading,
 * classifying and folding share both.  Handing rows on is left to the
 * workers (a worker prefers it to classifying), so the reader goes back to
 * reading as soon as it can and the workers do not starve.  With jobs <= 1
 * nothing is copied and no
 * thread is started: each row is classified and handed on at once.
 *
 * A row's rule binding and role columns are those of its file; callers
 * drain the pipe (cpipe_drain) before they push a row of a new file, so
 * a batch holds one file's rows and keeps one copy of its role columns,
 * and callers touch nothing the sink touches until it is drained.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cpipe.h"
#include "diag.h"
#include "opts.h"
#include "util.h"

#define BATCH_ROWS	512
#define BATCH_BYTES	((size_t)1 << 20)
#define MAX_JOBS	64
#define AHEAD		16	/* rows the sink is told of in advance */
#define PAD		64	/* zero bytes after a batch's fields */

enum bstate { B_FREE, B_FILLING, B_QUEUED, B_WORKING, B_DONE };

struct crow {
	struct row		 row;
	size_t			 first;		/* its first field in sl */
	int			 dir;
	struct rule_result	 res;
};

struct batch {
	enum bstate		 state;
	struct crow		*rows;		/* BATCH_ROWS of them */
	size_t			 n;
	size_t			*off;		/* per field: start in bytes */
	struct slice		*sl;		/* per field, set when queued */
	size_t			 nsl, slcap;
	struct buf		 bytes;
	const struct rule_bind	*bind;
	struct rolecols		 rc;		/* its rows' (one file's) */
};

struct worker {
	struct cpipe		*p;
	struct rule_set		*rs;
	pthread_t		 th;
	struct slice		*fv;
	size_t			 fvcap;
};

struct cpipe {
	struct rule_set		*rs;
	cpipe_sink		 sink;
	cpipe_hint		 ahead;		/* or NULL */
	void			*ctx;
	int			 stopped;	/* the sink said stop */
	/* jobs <= 1 */
	struct rule_result	 res;
	struct slice		*fv;
	size_t			 fvcap;
	/* jobs > 1 */
	struct worker		*w;
	size_t			 nw;
	struct worker		 self;		/* the reader, when it helps */
	struct batch		*b;
	size_t			 nb;
	size_t			 fill;		/* the batch being filled */
	int			 filling;	/* it is claimed (reader only) */
	size_t			 tail;		/* the oldest not yet emptied */
	size_t			 qnext;		/* the next for a worker */
	size_t			 nqueued;	/* queued, not yet taken */
	int			 sinking;	/* a worker is emptying the tail */
	int			 quit;
	pthread_mutex_t		 mu;
	pthread_cond_t		 work;		/* a batch was queued, or quit */
	pthread_cond_t		 freed;		/* a batch is free again */
};

/* cpipe_default_jobs: the number of processors online (1 to MAX_JOBS). */
unsigned
cpipe_default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (unsigned)n;
}

/* cpipe_set_prefetch: have fn told of each row (with the sink's ctx) a
 * few rows before the sink gets it, when rows are batched.  Cannot
 * fail. */
void
cpipe_set_prefetch(struct cpipe *p, cpipe_hint fn)
{
	p->ahead = fn;
}

/* With the lock held: while the oldest batch is done and no one else is
 * at it, hand its rows to the sink (unlocked) and free it. */
static void
sink_tail(struct cpipe *p)
{
	while (!p->sinking && p->b[p->tail].state == B_DONE) {
		struct batch *b = &p->b[p->tail];
		int stop = p->stopped;

		p->sinking = 1;
		pthread_mutex_unlock(&p->mu);
		for (size_t i = 0; i < b->n && p->ahead != NULL &&
		    i < AHEAD; i++) {
			rules_result_prefetch(&b->rows[i].res);
			p->ahead(p->ctx, &b->rows[i].row);
		}
		for (size_t i = 0; i < b->n && !stop; i++) {
			if (p->ahead != NULL && i + AHEAD < b->n) {
				/* a row's labels were written on the thread
				 * that classified it */
				rules_result_prefetch(&b->rows[i + AHEAD].res);
				p->ahead(p->ctx, &b->rows[i + AHEAD].row);
			}
			if (p->sink(p->ctx, &b->rows[i].row, &b->rows[i].res,
			    b->rows[i].dir) == -1)
				stop = 1;
		}
		b->n = 0;
		b->nsl = 0;
		buf_reset(&b->bytes);
		pthread_mutex_lock(&p->mu);
		p->stopped = stop;
		b->state = B_FREE;
		p->tail = (p->tail + 1) % p->nb;
		p->sinking = 0;
		pthread_cond_broadcast(&p->freed);
	}
}

/* With the lock held: whether the oldest batch is done and no one is
 * handing rows on. */
static int
tail_ready(const struct cpipe *p)
{
	return !p->sinking && p->b[p->tail].state == B_DONE;
}

/* With the lock held and a batch queued: take the next, classify it with
 * wk's rules (the lock released meanwhile).  A worker then hands on what
 * is done; the reader leaves that to the workers (waking one), so that it
 * goes back to reading and the workers always have batches to take. */
static void
run_batch(struct cpipe *p, struct worker *wk)
{
	struct batch *b = &p->b[p->qnext];

	p->qnext = (p->qnext + 1) % p->nb;
	p->nqueued--;
	b->state = B_WORKING;
	pthread_mutex_unlock(&p->mu);
	for (size_t i = 0; i < b->n; i++) {
		struct crow *c = &b->rows[i];

		rules_classify(wk->rs, b->bind, opts_fields(&c->row, &wk->fv,
		    &wk->fvcap), c->row.nfields, c->dir, &c->res);
	}
	pthread_mutex_lock(&p->mu);
	b->state = B_DONE;
	if (wk != &p->self)
		sink_tail(p);
	else if (tail_ready(p))
		pthread_cond_signal(&p->work);
}

static void *
work(void *arg)
{
	struct worker *wk = arg;
	struct cpipe *p = wk->p;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->nqueued == 0 && !tail_ready(p) && !p->quit)
			pthread_cond_wait(&p->work, &p->mu);
		if (tail_ready(p))
			sink_tail(p);
		else if (p->nqueued > 0)
			run_batch(p, wk);
		else
			break;
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/*
 * cpipe_new: a pipe that classifies rows with rs on jobs threads (jobs - 1
 * workers beside the caller's; jobs <= 1: none) and hands them to sink
 * with ctx.  rs must be finished and outlive the pipe.  Cannot fail (a
 * thread that cannot start leaves fewer workers; none: one thread).
 */
struct cpipe *
cpipe_new(struct rule_set *rs, unsigned jobs, cpipe_sink sink, void *ctx)
{
	struct cpipe *p = xcalloc(1, sizeof(*p));

	p->rs = rs;
	p->sink = sink;
	p->ctx = ctx;
	rules_result_init(rs, &p->res);
	if (jobs <= 1)
		return p;
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->freed, NULL);
	p->nb = 2 * (size_t)jobs + 2;
	p->b = xcalloc(p->nb, sizeof(*p->b));
	for (size_t i = 0; i < p->nb; i++) {
		struct batch *b = &p->b[i];

		b->rows = xcalloc(BATCH_ROWS, sizeof(*b->rows));
		for (size_t k = 0; k < BATCH_ROWS; k++)
			rules_result_init(rs, &b->rows[k].res);
		buf_init(&b->bytes);
	}
	p->self.p = p;
	p->self.rs = rules_worker(rs);
	p->w = xcalloc(jobs - 1, sizeof(*p->w));
	for (size_t i = 0; i < jobs - 1; i++) {
		struct worker *wk = &p->w[p->nw];

		wk->p = p;
		wk->rs = rules_worker(rs);
		if (pthread_create(&wk->th, NULL, work, wk) != 0) {
			rules_worker_done(rs, wk->rs);
			break;
		}
		p->nw++;
	}
	return p;
}

/* Wait, with the lock held, until batch i is free; the reader helps
 * meanwhile, classifying queued batches, so that no thread idles while
 * there is work. */
static void
wait_free(struct cpipe *p, size_t i)
{
	while (p->b[i].state != B_FREE) {
		if (p->nqueued > 0)
			run_batch(p, &p->self);
		else
			pthread_cond_wait(&p->freed, &p->mu);
	}
}

/* Queue the batch being filled: its field slices now point into its
 * bytes, which no longer move. */
static void
queue_fill(struct cpipe *p)
{
	struct batch *b = &p->b[p->fill];

	/* defined bytes after the last field: PCRE2's JIT may read a
	 * word past a subject's end (and mask it), as it may in the
	 * reader's own buffer */
	buf_reserve(&b->bytes, PAD);
	memset(b->bytes.p + b->bytes.len, 0, PAD);
	for (size_t i = 0; i < b->nsl; i++)
		b->sl[i].p = b->bytes.p + b->off[i];
	for (size_t i = 0; i < b->n; i++) {
		struct crow *c = &b->rows[i];

		c->row.fields = b->sl + c->first;
		c->row.rc = &b->rc;
	}
	pthread_mutex_lock(&p->mu);
	b->state = B_QUEUED;
	p->nqueued++;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
	p->fill = (p->fill + 1) % p->nb;
	p->filling = 0;
}

/*
 * cpipe_push: classify row w (bound by bind, direction dir) and hand it to
 * the sink, now or after the rows before it.  Returns 0, or -1 once the
 * sink has said stop.
 */
int
cpipe_push(struct cpipe *p, const struct row *w, const struct rule_bind
    *bind, int dir)
{
	struct batch *b;
	struct crow *c;
	const char *run = NULL;
	size_t nrun = 0;

	if (p->nw == 0) {
		if (p->stopped)
			return -1;
		rules_classify(p->rs, bind, opts_fields(w, &p->fv, &p->fvcap),
		    w->nfields, dir, &p->res);
		if (p->sink(p->ctx, w, &p->res, dir) == -1)
			p->stopped = 1;
		return p->stopped ? -1 : 0;
	}
	b = &p->b[p->fill];
	if (p->filling && b->bind != bind) {
		queue_fill(p);
		b = &p->b[p->fill];
	}
	if (!p->filling) {
		int stop;

		/* a fresh batch: free once the ring has room */
		pthread_mutex_lock(&p->mu);
		wait_free(p, p->fill);
		stop = p->stopped;
		if (!stop)
			b->state = B_FILLING;
		pthread_mutex_unlock(&p->mu);
		if (stop)
			return -1;
		p->filling = 1;
		b->bind = bind;
		b->rc = *w->rc;		/* the same for every row of a file */
		b->rc.text = NULL;	/* the reader's; not needed after
					   binding */
		b->rc.ntext = 0;
	}
	c = &b->rows[b->n++];
	c->row = *w;
	c->dir = dir;
	c->first = b->nsl;
	if (b->nsl + w->nfields > b->slcap) {
		b->slcap = b->slcap * 2 > b->nsl + w->nfields ? b->slcap * 2 :
		    b->nsl + w->nfields + 64;
		b->sl = xreallocarray(b->sl, b->slcap, sizeof(*b->sl));
		b->off = xreallocarray(b->off, b->slcap, sizeof(*b->off));
	}
	/* fields that lie back to back (as the reader's usually do) are
	 * copied as one run */
	for (size_t i = 0; i < w->nfields; i++) {
		const struct slice *f = &w->fields[i];

		if (run == NULL || f->p != run + nrun) {
			buf_add(&b->bytes, run, nrun);
			run = f->p;
			nrun = 0;
		}
		b->off[b->nsl] = b->bytes.len + nrun;
		b->sl[b->nsl++].len = f->len;
		nrun += f->len;
	}
	buf_add(&b->bytes, run, nrun);
	if (b->n == BATCH_ROWS || b->bytes.len >= BATCH_BYTES)
		queue_fill(p);
	return 0;
}

/* cpipe_drain: hand every row pushed so far to the sink.  Returns 0, or
 * -1 once the sink has said stop. */
int
cpipe_drain(struct cpipe *p)
{
	int stop;

	if (p->nw == 0)
		return p->stopped ? -1 : 0;
	if (p->filling)
		queue_fill(p);
	pthread_mutex_lock(&p->mu);
	for (size_t i = 0; i < p->nb; i++)
		wait_free(p, i);
	stop = p->stopped;
	pthread_mutex_unlock(&p->mu);
	return stop ? -1 : 0;
}

/* cpipe_free: stop the workers (rows not drained are dropped) and add
 * their counts to the rules; accepts NULL. */
void
cpipe_free(struct cpipe *p)
{
	if (p == NULL)
		return;
	if (p->nw > 0 || p->b != NULL) {
		pthread_mutex_lock(&p->mu);
		p->quit = 1;
		pthread_cond_broadcast(&p->work);
		pthread_mutex_unlock(&p->mu);
		for (size_t i = 0; i < p->nw; i++) {
			pthread_join(p->w[i].th, NULL);
			rules_worker_done(p->rs, p->w[i].rs);
			free(p->w[i].fv);
		}
		rules_worker_done(p->rs, p->self.rs);
		free(p->self.fv);
		for (size_t i = 0; i < p->nb; i++) {
			struct batch *b = &p->b[i];

			for (size_t k = 0; k < BATCH_ROWS; k++)
				rules_result_fini(&b->rows[k].res);
			free(b->rows);
			free(b->off);
			free(b->sl);
			buf_fini(&b->bytes);
		}
		free(p->b);
		free(p->w);
		pthread_mutex_destroy(&p->mu);
		pthread_cond_destroy(&p->work);
		pthread_cond_destroy(&p->freed);
	}
	rules_result_fini(&p->res);
	free(p->fv);
	free(p);
}
