package org.apparatus.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.registry.RegistryBrowser;
import org.apparatus.registry.RegistryBrowser.Link;
import org.apparatus.registry.RegistryBrowser.Neighbour;
import org.apparatus.registry.RegistryBrowser.Profile;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The graph of a body's neighbourhood as JSON for the body's page (Cytoscape.js draws
 * it): its superiors and subordinates with the kind of each reporting line, and the
 * bodies it shares functions with, one edge for each role they hold them in. Session
 * authenticated like every page.
 */
@Controller
class GraphController {

	/**
	 * At most this many bodies sharing functions: those of the body's unit, then of
	 * another tier, then its peers elsewhere; those sharing the most first.
	 */
	static final int NEIGHBOURS = 20;

	private final RegistryBrowser registry;

	private final FindingViews views;

	GraphController(RegistryBrowser registry, FindingViews views) {
		this.registry = registry;
		this.views = views;
	}

	/** A node: a body, and how it stands to the body of the page. */
	record Node(String id, String label, String kind) {
	}

	/**
	 * An edge: a reporting line ({@code line}, from the subordinate to the superior) or
	 * shared functions ({@code role}, the other body's role; {@code functions} counts
	 * them).
	 */
	record Edge(String id, String source, String target, String kind, String type, String label, int functions) {
	}

	/** The graph: the body first among the nodes. */
	record Graph(List<Node> nodes, List<Edge> edges) {

		/**
		 * The bodies sharing functions, one line per role, for the list under the graph.
		 */
		public List<Share> shares() {
			Map<String, String> names = new LinkedHashMap<>();
			this.nodes.forEach(n -> names.put(n.id(), n.label()));
			return this.edges.stream()
				.filter(e -> "role".equals(e.kind()))
				.map(e -> new Share(e.target(), names.getOrDefault(e.target(), e.target()), e.label()))
				.toList();
		}

	}

	/** A body sharing functions in one role, in words. */
	record Share(String target, String name, String label) {
	}

	@GetMapping(path = "/bodies/{code}/graph", produces = "application/json")
	@ResponseBody
	ResponseEntity<Graph> json(@PathVariable String code, @ModelAttribute("scope") Scope scope) {
		Graph graph = graph(code, scope);
		return graph == null ? ResponseEntity.status(HttpStatus.NOT_FOUND).build() : ResponseEntity.ok(graph);
	}

	@Nullable Graph graph(String code, Scope scope) {
		Profile profile = this.registry.profile(code, scope.day());
		if (profile == null) {
			return null;
		}
		boolean english = scope.english();
		Map<String, Node> nodes = new LinkedHashMap<>();
		List<Edge> edges = new ArrayList<>();
		nodes.put(code, new Node(code, scope.name(profile.agency().name(), profile.agency().nameEn()), "self"));
		for (Link l : profile.superiors()) {
			nodes.putIfAbsent(l.agency().code(),
					new Node(l.agency().code(), scope.name(l.agency().name(), l.agency().nameEn()), "superior"));
			edges.add(new Edge("line-" + code + "-" + l.agency().code() + "-" + l.line(), code, l.agency().code(),
					"line", l.line().name(), this.views.label("line", l.line().name(), english), 0));
		}
		for (Link l : profile.subordinates()) {
			nodes.putIfAbsent(l.agency().code(),
					new Node(l.agency().code(), scope.name(l.agency().name(), l.agency().nameEn()), "subordinate"));
			edges.add(new Edge("line-" + l.agency().code() + "-" + code + "-" + l.line(), l.agency().code(), code,
					"line", l.line().name(), this.views.label("line", l.line().name(), english), 0));
		}
		for (Neighbour n : this.registry.neighbours(code, scope.day(), NEIGHBOURS)) {
			nodes.putIfAbsent(n.code(), new Node(n.code(), scope.name(n.name(), n.nameEn()), "shares"));
			edges
				.add(new Edge("role-" + code + "-" + n.code() + "-" + n.role(), code, n.code(), "role", n.role().name(),
						this.views.label("role", n.role().name(), english) + " (" + n.functions().size() + ")",
						n.functions().size()));
		}
		return new Graph(List.copyOf(nodes.values()), edges);
	}

}
