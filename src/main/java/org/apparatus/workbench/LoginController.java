package org.apparatus.workbench;

import org.apparatus.api.SignInThrottle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * The sign-in form; Spring Security handles what it posts and the sign-out. A sign-in
 * refused because of too many failures from the address ({@link SignInThrottle}) shows
 * the form again with how long to wait.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestAttribute(name = SignInThrottle.WAIT, required = false) @Nullable Long wait, Model model) {
		model.addAttribute("wait", wait);
		return "workbench/login";
	}

}
