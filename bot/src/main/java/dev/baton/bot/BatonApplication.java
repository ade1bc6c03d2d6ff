package dev.baton.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * 交接棒 Baton: runs the handover of leading officials' posts in DingTalk, WeCom and a local
 * web chat.
 */
@SpringBootApplication
public class BatonApplication {

	public static void main(String[] args) {
		SpringApplication.run(BatonApplication.class, args);
	}

}
