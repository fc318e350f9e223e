package org.luoshi.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the statements the application prepares on the test's thread: the data source is
 * wrapped so that every {@code prepareStatement}, {@code prepareCall} and
 * {@code createStatement} of its connections is one more. A page whose count grows with
 * the plan reads it row by row.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<AtomicInteger> COUNT = ThreadLocal.withInitial(AtomicInteger::new);

	private static final ThreadLocal<java.util.Map<String, Integer>> TEXTS = ThreadLocal
		.withInitial(java.util.HashMap::new);

	/** Starts counting from zero on this thread. */
	public void reset() {
		COUNT.get().set(0);
		TEXTS.get().clear();
	}

	/**
	 * The statements prepared most often since the last reset, with how often: what a
	 * failing count names.
	 */
	public String mostPrepared() {
		return TEXTS.get()
			.entrySet()
			.stream()
			.sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(5)
			.map((e) -> e.getValue() + "× " + abbreviated(e.getKey().replaceAll("\\s+", " ").strip()))
			.collect(java.util.stream.Collectors.joining("\n"));
	}

	/** The statements prepared on this thread since the last reset. */
	public int count() {
		return COUNT.get().get();
	}

	private static String abbreviated(String sql) {
		return (sql.length() > 200) ? sql.substring(0, 200) + "…" : sql;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
			return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
					(proxy, method, args) -> {
						Object result = invoke(dataSource, method, args);
						return (result instanceof Connection connection) ? counting(connection) : result;
					});
		}
		return bean;
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("prepareCall")
							|| name.equals("createStatement")) {
						COUNT.get().incrementAndGet();
						if (args != null && args.length > 0 && args[0] instanceof String sql) {
							TEXTS.get().merge(sql, 1, Integer::sum);
						}
					}
					return invoke(connection, method, args);
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
