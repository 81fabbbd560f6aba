package org.openlicensing.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.persistence.Persistence;

/**
 * A store on which a test puts a whole request between another request's start and its lock of a
 * license row, the way it happens when that request waits for the lock while another server holds
 * it. Armed with {@link #beforeNextLock}, the next lock of a license runs the given work first, on
 * the locking thread and within its transaction: for the store, as if the work had committed while
 * the request waited. A thread race could land there only by luck; this lands there every time.
 * Sharing the transaction, the work is undone if the request fails, where on a database it would
 * have committed on its own: a test asserts the request's answer, then redoes what it needs.
 *
 * <p>Proxies, not hand-written delegates, so that repository methods added later pass through.
 */
public final class LockWaits {
  private static final Set<String> LOCKS = Set.of("lockByKey", "lockById");

  private final AtomicReference<Runnable> meanwhile = new AtomicReference<>();
  private final Persistence store;

  public LockWaits(Persistence store) {
    this.store =
        proxy(
            Persistence.class,
            (self, method, args) ->
                method.getName().equals("licenses") && method.getParameterCount() == 0
                    ? licenses(store.licenses())
                    : call(method, store, args));
  }

  /** The store to build the library on. */
  public Persistence store() {
    return store;
  }

  /** The next lock of a license, by key or by id, first runs {@code work}; once. */
  public void beforeNextLock(Runnable work) {
    meanwhile.set(work);
  }

  private LicenseRepository licenses(LicenseRepository licenses) {
    return proxy(
        LicenseRepository.class,
        (self, method, args) -> {
          if (LOCKS.contains(method.getName())) {
            // Taken before it runs: the work locks the license too, and must not run itself.
            Runnable work = meanwhile.getAndSet(null);
            if (work != null) {
              work.run();
            }
          }
          return call(method, licenses, args);
        });
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object call(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
