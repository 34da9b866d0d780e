package org.apparatus.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles what it posts and the sign-out. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "workbench/login";
	}

}
