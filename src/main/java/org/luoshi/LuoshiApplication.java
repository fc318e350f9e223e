package org.luoshi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Luoshi: carries a development plan from the division notice to done. */
@SpringBootApplication
@Modulithic(sharedModules = "common")
public class LuoshiApplication {

	public static void main(String[] args) {
		SpringApplication.run(LuoshiApplication.class, args);
	}

}
