// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Target;
import org.avpstudio.generator.Targets;
import org.avpstudio.generator.internal.Names;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.spec.Requirement;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.RequirementStatus;
import org.avpstudio.validation.rules.AvpsRules;
import org.avpstudio.validation.rules.VirtioTypes;
import org.eclipse.emf.ecore.EObject;

/**
 * The traceability matrix: for every requirement and VM, the rules and guest checks that verify it, the model
 * elements it concerns and the generated files that realise those elements. Generated files are the ones
 * {@code avp generate --target all} writes, leaving out a target's files where it cannot express the element.
 */
public final class Traceability {

	/** One line of the matrix. */
	public record Trace(Requirement requirement, String vm, RequirementStatus status, List<String> rules, List<String> checks,
			List<String> elements, List<String> files) {
	}

	/** What one target generated, and which model elements it could not express. */
	public record TargetOutput(String target, List<GeneratedFile> files, Set<EObject> unsupported) {
	}

	private final ComplianceReport report;
	private final List<AvpsRule> rules;
	private final List<TargetOutput> outputs;

	public Traceability(ComplianceReport report) {
		this(report, AvpsRules.all(), generateAll(report));
	}

	public Traceability(ComplianceReport report, List<AvpsRule> rules, List<TargetOutput> outputs) {
		this.report = report;
		this.rules = rules;
		this.outputs = outputs;
	}

	private static List<TargetOutput> generateAll(ComplianceReport report) {
		List<TargetOutput> outputs = new ArrayList<>();
		for (Target target : Targets.all()) {
			GenerationContext context = new GenerationContext(report.modelName());
			List<GeneratedFile> files = target.generate(report.platform(), context);
			Set<EObject> unsupported = new HashSet<>();
			context.findings().forEach(f -> unsupported.add(f.element()));
			outputs.add(new TargetOutput(target.name(), files, unsupported));
		}
		return outputs;
	}

	public List<Trace> traces() {
		List<Trace> traces = new ArrayList<>();
		for (ComplianceReport.Row row : report.rows()) {
			VirtualMachine vm = report.platform().vms().stream().filter(v -> v.getName().equals(row.vm())).findFirst().orElseThrow();
			List<EObject> concerned = concernedElements(row, vm);
			traces.add(new Trace(row.requirement(), row.vm(), row.status(), rulesOf(row.requirement()), checksOf(row, vm),
					concerned.stream().map(this::describe).distinct().toList(), filesOf(row.requirement(), vm, concerned)));
		}
		return traces;
	}

	private List<String> rulesOf(Requirement requirement) {
		return rules.stream().filter(r -> r.requirementIds().contains(requirement.id())).map(r -> r.getClass().getSimpleName()).distinct()
				.toList();
	}

	private List<String> checksOf(ComplianceReport.Row row, VirtualMachine vm) {
		Set<String> checks = new LinkedHashSet<>();
		for (TargetOutput output : outputs) {
			for (GeneratedFile file : output.files()) {
				if (file.relativePath().equals(guestCheckScript(vm)) && file.content().contains("'" + row.requirement().id() + "'")) {
					checks.add(file.relativePath());
				}
			}
		}
		row.guestChecks().forEach(c -> checks.add(c.check() + " " + c.status()));
		return List.copyOf(checks);
	}

	/** The elements of the findings, else the VM's devices of the requirement's subject, else the VM itself. */
	private List<EObject> concernedElements(ComplianceReport.Row row, VirtualMachine vm) {
		List<EObject> elements = new ArrayList<>(row.findings().stream().map(Finding::element).toList());
		if (elements.isEmpty()) {
			for (VirtioDevice device : vm.getDevices()) {
				if (VirtioTypes.of(device).map(t -> subjectNames(row.requirement()).stream().anyMatch(t.canonicalName()::startsWith))
						.orElse(false)) {
					elements.add(device);
				}
			}
		}
		if (elements.isEmpty()) {
			elements.add(vm);
		}
		return elements;
	}

	/** {@code virtio-9p/virtio-fs} names two subjects; {@code virtio-video} both video directions. */
	private static List<String> subjectNames(Requirement requirement) {
		List<String> names = new ArrayList<>();
		for (String part : requirement.subject().toLowerCase(Locale.ROOT).split("/")) {
			if (part.startsWith("virtio-")) {
				names.add(part.strip());
			}
		}
		return names;
	}

	/**
	 * The VM's files of every target that expresses the concerned elements (a target that reported an element as
	 * unsupported does not realise it); a guest-check script only where it checks the requirement.
	 */
	private List<String> filesOf(Requirement requirement, VirtualMachine vm, List<EObject> concerned) {
		String vmId = Names.id(vm.getName());
		List<String> files = new ArrayList<>();
		for (TargetOutput output : outputs) {
			if (concerned.stream().anyMatch(output.unsupported()::contains)) {
				continue;
			}
			for (GeneratedFile file : output.files()) {
				String path = file.relativePath();
				if (!isFileOf(path, vmId)) {
					continue;
				}
				if (!path.equals(guestCheckScript(vm)) || file.content().contains("'" + requirement.id() + "'")) {
					files.add(path);
				}
			}
		}
		return files;
	}

	private static boolean isFileOf(String path, String vmId) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.startsWith(vmId + ".") || path.contains("/" + vmId + "/");
	}

	private static String guestCheckScript(VirtualMachine vm) {
		return "guest-check/" + Names.id(vm.getName()) + ".sh";
	}

	private String describe(EObject element) {
		SourceLocation at = report.locate(element);
		String name = element instanceof VirtioDevice device ? device.getName()
				: element instanceof VirtualMachine vm ? vm.getName() : element.eClass().getName();
		return element.eClass().getName() + " " + name + " (" + MarkdownReport.fileName(at.file()) + ":" + at.line() + ")";
	}

	/** The matrix as CSV (RFC 4180): one row per requirement and VM, lists separated by "; ". */
	public String toCsv() {
		StringBuilder csv = new StringBuilder("requirement,level,vm,status,rules,guest_checks,model_elements,generated_files\r\n");
		for (Trace t : traces()) {
			csv.append(String.join(",", cell(t.requirement().id()), cell(t.requirement().level().name()), cell(t.vm()), cell(t.status().label()),
					cell(String.join("; ", t.rules())), cell(String.join("; ", t.checks())), cell(String.join("; ", t.elements())),
					cell(String.join("; ", t.files())))).append("\r\n");
		}
		return csv.toString();
	}

	private static String cell(String value) {
		String v = value.startsWith("=") || value.startsWith("+") || value.startsWith("@") ? "'" + value : value; // no spreadsheet formulas
		return v.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n') ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
	}
}
