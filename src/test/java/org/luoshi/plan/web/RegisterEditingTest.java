package org.luoshi.plan.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application with the demo directory and logins but an empty register, for the
 * page tests that import notices and correct tasks: they change their own plans, not the
 * demo plan other tests count on. Every class with it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "luoshi.demo.enabled=true", "luoshi.demo.plan=false" })
@AutoConfigureMockMvc
@Import(RegisterEditing.class)
@interface RegisterEditingTest {

}
