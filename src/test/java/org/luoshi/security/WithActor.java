package org.luoshi.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a signed-in user in the given role, with the same principal a real
 * sign-in gives, so that {@link CurrentActor} knows who acts. The user name is the role's
 * code unless given; a reporter or approver acts for organisation
 * {@link #organisation()}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithActorSecurityContextFactory.class)
public @interface WithActor {

	Role value() default Role.OFFICE;

	String username() default "";

	long organisation() default 1;

}
