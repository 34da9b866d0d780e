package org.apparatus.registry;

import java.security.Principal;

import org.apparatus.audit.Attribution;
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
 * may call them, and each must say why ({@code reason}, refused when blank before
 * anything is read or written).
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class RegistryMutationController {

	private final RegistryEditor editor;

	RegistryMutationController(RegistryEditor editor) {
		this.editor = editor;
	}

	@MutationMapping
	Agency createAgency(@Argument NewAgency input, @Argument String reason, Principal user) {
		return this.editor.createAgency(input, Attribution.of(user, reason));
	}

	@MutationMapping
	Agency updateAgency(@Argument String code, @Argument AgencyChanges input, @Argument String reason, Principal user) {
		return this.editor.updateAgency(code, input, Attribution.of(user, reason));
	}

	@MutationMapping
	GovernmentFunction createFunction(@Argument NewFunction input, @Argument String reason, Principal user) {
		return this.editor.createFunction(input, Attribution.of(user, reason));
	}

	@MutationMapping
	GovernmentFunction updateFunction(@Argument String code, @Argument FunctionChanges input, @Argument String reason,
			Principal user) {
		return this.editor.updateFunction(code, input, Attribution.of(user, reason));
	}

	@MutationMapping
	Mandate createMandate(@Argument NewMandate input, @Argument String reason, Principal user) {
		return this.editor.createMandate(input, Attribution.of(user, reason));
	}

	@MutationMapping
	Mandate updateMandate(@Argument String code, @Argument MandateChanges input, @Argument String reason,
			Principal user) {
		return this.editor.updateMandate(code, input, Attribution.of(user, reason));
	}

	@MutationMapping
	AdminUnit createAdminUnit(@Argument NewAdminUnit input, @Argument String reason, Principal user) {
		return this.editor.createAdminUnit(input, Attribution.of(user, reason));
	}

	@MutationMapping
	AdminUnit updateAdminUnit(@Argument String code, @Argument AdminUnitChanges input, @Argument String reason,
			Principal user) {
		return this.editor.updateAdminUnit(code, input, Attribution.of(user, reason));
	}

	@MutationMapping
	ResponsibilityView assignResponsibility(@Argument String agency, @Argument String function, @Argument Role role,
			@Argument @Nullable String mandate, @Argument @Nullable String article, @Argument String reason,
			Principal user) {
		return this.editor.assignResponsibility(agency, function, role, mandate, article, Attribution.of(user, reason));
	}

	@MutationMapping
	boolean revokeResponsibility(@Argument String agency, @Argument String function, @Argument Role role,
			@Argument @Nullable String mandate, @Argument String reason, Principal user) {
		return this.editor.revokeResponsibility(agency, function, role, mandate, Attribution.of(user, reason));
	}

	@MutationMapping
	Agency addReportingLine(@Argument String agency, @Argument String superior, @Argument ReportingLineKind line,
			@Argument String reason, Principal user) {
		return this.editor.addReportingLine(agency, superior, line, Attribution.of(user, reason));
	}

	@MutationMapping
	Agency removeReportingLine(@Argument String agency, @Argument String superior, @Argument ReportingLineKind line,
			@Argument String reason, Principal user) {
		return this.editor.removeReportingLine(agency, superior, line, Attribution.of(user, reason));
	}

}
