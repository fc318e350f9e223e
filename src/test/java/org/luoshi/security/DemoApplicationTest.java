package org.luoshi.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a throw-away in-memory database with the demo organisations
 * and demo logins, driven through MockMvc; every test class with this annotation shares
 * one context, so tests that add users give them names of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "luoshi.demo.enabled=true")
public @interface DemoApplicationTest {

	/** The password of every demo login. */
	String PASSWORD = "luoshi-demo";

}
