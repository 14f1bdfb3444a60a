package floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's floor: Spring Boot with Tomcat, Spring MVC and Jackson as they come, and nothing else (no
 * actuator, metrics, filters or database). What the service costs above this is what it adds.
 */
@SpringBootApplication
public class FloorApplication {

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}
}
