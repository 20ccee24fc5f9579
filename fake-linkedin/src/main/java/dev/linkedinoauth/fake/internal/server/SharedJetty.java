package dev.linkedinoauth.fake.internal.server;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The threads, the timer and the buffers that every fake of one JVM shares. A test suite starts and closes one
 * fake per test: with a pool, a scheduler and buffers of its own, each fake made and dropped threads and buffers,
 * and its first request paid for warming them (about half of a later start + answer + close cycle). Started
 * once, on the first fake, and never stopped: their threads are daemons and the pool's idle ones end after
 * {@link #IDLE_MILLIS}. A fake's server does not manage them (they are started when it gets them), so closing a
 * fake leaves them to the others.
 *
 * <p>Each running fake leases two threads (its acceptor and its selector); the pool's maximum leaves room for
 * hundreds of fakes at once plus their requests.
 */
public final class SharedJetty {
    static final int MAX_THREADS = 1024;
    static final int IDLE_MILLIS = 30_000;

    private SharedJetty() {
    }

    /** Load only after {@link QuietLogging#init()}: these are Jetty's first classes. */
    private static final class Holder {
        static final QueuedThreadPool THREADS = started(threads());
        static final Scheduler SCHEDULER = started(new ScheduledExecutorScheduler("fake-linkedin-timer", true));
        static final ByteBufferPool BUFFERS = new ArrayByteBufferPool();

        private static QueuedThreadPool threads() {
            QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 2, IDLE_MILLIS);
            pool.setName("fake-linkedin");
            pool.setDaemon(true);
            return pool;
        }

        private static <T extends org.eclipse.jetty.util.component.LifeCycle> T started(T component) {
            try {
                component.start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the fake's shared " + component, e);
            }
            return component;
        }
    }

    public static QueuedThreadPool threads() {
        return Holder.THREADS;
    }

    public static Scheduler scheduler() {
        return Holder.SCHEDULER;
    }

    public static ByteBufferPool buffers() {
        return Holder.BUFFERS;
    }
}
