package org.apparatus.registry;

import org.apparatus.registry.RegistryEdits.AdminUnitChanges;
import org.apparatus.registry.RegistryEdits.AgencyChanges;
import org.apparatus.registry.RegistryEdits.FunctionChanges;
import org.apparatus.registry.RegistryEdits.MandateChanges;
import org.apparatus.registry.RegistryEdits.NewAdminUnit;
import org.apparatus.registry.RegistryEdits.NewAgency;
import org.apparatus.registry.RegistryEdits.NewFunction;
import org.apparatus.registry.RegistryEdits.NewMandate;
import org.apparatus.registry.RegistryViews.ResponsibilityView;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL mutations that maintain the knowledge base; only users with the EDITOR role
 * may call them.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class RegistryMutationController {

	private final RegistryEditor editor;

	RegistryMutationController(RegistryEditor editor) {
		this.editor = editor;
	}

	@MutationMapping
	Agency createAgency(@Argument NewAgency input) {
		return this.editor.createAgency(input);
	}

	@MutationMapping
	Agency updateAgency(@Argument String code, @Argument AgencyChanges input) {
		return this.editor.updateAgency(code, input);
	}

	@MutationMapping
	GovernmentFunction createFunction(@Argument NewFunction input) {
		return this.editor.createFunction(input);
	}

	@MutationMapping
	GovernmentFunction updateFunction(@Argument String code, @Argument FunctionChanges input) {
		return this.editor.updateFunction(code, input);
	}

	@MutationMapping
	Mandate createMandate(@Argument NewMandate input) {
		return this.editor.createMandate(input);
	}

	@MutationMapping
	Mandate updateMandate(@Argument String code, @Argument MandateChanges input) {
		return this.editor.updateMandate(code, input);
	}

	@MutationMapping
	AdminUnit createAdminUnit(@Argument NewAdminUnit input) {
		return this.editor.createAdminUnit(input);
	}

	@MutationMapping
	AdminUnit updateAdminUnit(@Argument String code, @Argument AdminUnitChanges input) {
		return this.editor.updateAdminUnit(code, input);
	}

	@MutationMapping
	ResponsibilityView assignResponsibility(@Argument String agency, @Argument String function, @Argument Role role,
			@Argument @Nullable String mandate, @Argument @Nullable String article) {
		return this.editor.assignResponsibility(agency, function, role, mandate, article);
	}

	@MutationMapping
	boolean revokeResponsibility(@Argument String agency, @Argument String function, @Argument Role role,
			@Argument @Nullable String mandate) {
		return this.editor.revokeResponsibility(agency, function, role, mandate);
	}

	@MutationMapping
	Agency addReportingLine(@Argument String agency, @Argument String superior, @Argument ReportingLineKind line) {
		return this.editor.addReportingLine(agency, superior, line);
	}

	@MutationMapping
	Agency removeReportingLine(@Argument String agency, @Argument String superior, @Argument ReportingLineKind line) {
		return this.editor.removeReportingLine(agency, superior, line);
	}

}
