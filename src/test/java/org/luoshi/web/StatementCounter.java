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

	/** Starts counting from zero on this thread. */
	public void reset() {
		COUNT.get().set(0);
	}

	/** The statements prepared on this thread since the last reset. */
	public int count() {
		return COUNT.get().get();
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
