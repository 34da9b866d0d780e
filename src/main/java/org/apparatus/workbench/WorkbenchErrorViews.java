package org.apparatus.workbench;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page (403, 404, the 503 of a load that runs, …) in the workbench's layout:
 * the navigation bar, the language switch and, for a signed-in planner, the sign-out, so
 * that a planner who hits an error can get back. The error is rendered outside the pages'
 * controllers and their security chain, so the planner is read from the session.
 */
@Component
class WorkbenchErrorViews implements ErrorViewResolver {

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new HashMap<>(model);
		Authentication user = this.sessions.loadDeferredContext(request).get().getAuthentication();
		page.put("user", user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken ? null
				: user.getName());
		page.put("lang", ScopeAdvice.english() ? "en" : "vi");
		page.put("status", status.value());
		return new ModelAndView("error", page, status);
	}

}
