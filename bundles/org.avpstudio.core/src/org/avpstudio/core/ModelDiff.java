// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.avpstudio.dsl.ide.AvpLanguage;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.generator.Json;
import org.avpstudio.generator.report.ElementPath;
import org.avpstudio.generator.report.Fingerprints;
import org.avpstudio.generator.report.SourceLocation;
import org.avpstudio.model.AvpPackage;
import org.avpstudio.model.InterVmChannel;
import org.avpstudio.model.NamedElement;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.Waiver;
import org.avpstudio.validation.Finding;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The semantic difference of two versions of a platform model: which elements (hardware, hypervisor, networks, VMs,
 * devices, channels, waivers, ...) were added, removed, changed (which attribute, old → new) or moved to another VM,
 * and the compliance delta (findings introduced and fixed). Elements are matched by their {@link ElementPath}, so
 * reordering, comments and layout are no change. {@link #canonicalText} is the same model view as text, one line per
 * element and attribute, for git's {@code textconv}.
 */
public final class ModelDiff {

	/** What happened to an element. */
	public enum ChangeType {
		ADDED, REMOVED, CHANGED, MOVED;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** One attribute of an element that differs; {@code oldValue} or {@code newValue} is null when it was not set. */
	public record Attribute(String name, String oldValue, String newValue) {
	}

	/**
	 * One element that changed. {@code kind} is its category (hardware, hypervisor, network, VM, device, channel,
	 * waiver, ...); paths and lines are those of the old and new version (null / 0 where it does not exist).
	 */
	public record Change(ChangeType type, String kind, String oldPath, String newPath, int oldLine, int newLine, List<Attribute> attributes) {

		/** The path the element has now (the old one for a removed element). */
		public String path() {
			return newPath != null ? newPath : oldPath;
		}
	}

	/** A finding introduced or fixed by the change. */
	public record FindingDelta(String ruleId, String severity, String path, String message, String file, int line) {
	}

	/**
	 * The whole difference. {@code complianceNote} says why the compliance delta was not computed (a version with
	 * errors that stop the check), or is empty.
	 */
	public record Result(String oldFile, String newFile, List<Change> changes, String complianceNote, List<FindingDelta> introduced,
			List<FindingDelta> fixed) {

		public boolean complianceCompared() {
			return complianceNote.isEmpty();
		}

		public boolean isEmpty() {
			return changes.isEmpty() && introduced.isEmpty() && fixed.isEmpty();
		}
	}

	/** An element as the diff sees it: its path, category, line and attributes (nested parts flattened, e.g. {@code boot.kernel}). */
	private record Element(String path, String kind, String segment, String parent, int line, Map<String, String> attributes) {
	}

	private static final List<String> ORDER = List.of("platform", "hardware", "hypervisor", "network", "VM", "device", "channel", "emulated device",
			"waiver");

	private ModelDiff() {
	}

	/** Loads both files (each in its own model set) and compares them. */
	public static Result compare(Path oldFile, Path newFile, ComplianceSettings settings) throws ModelException {
		PlatformModel newModel = new ModelSet(settings).load(newFile);
		PlatformModel oldModel = load(oldFile, settings, newFile.toAbsolutePath().getParent());
		return compare(oldModel, newModel);
	}

	/** Compares two loaded models (from different model sets). */
	public static Result compare(PlatformModel oldModel, PlatformModel newModel) {
		Map<String, Element> before = elements(oldModel.resource());
		Map<String, Element> after = elements(newModel.resource());
		List<Change> changes = new ArrayList<>();
		Set<String> removed = new TreeSet<>(before.keySet());
		removed.removeAll(after.keySet());
		Set<String> added = new TreeSet<>(after.keySet());
		added.removeAll(before.keySet());
		// moved: same kind and name under another parent (a device to another VM); what is inside moves with it
		Map<String, String> moved = new LinkedHashMap<>();
		for (String r : removed) {
			Element old = before.get(r);
			if (moved.keySet().stream().anyMatch(m -> r.startsWith(m + "/"))) {
				continue;
			}
			for (String a : added) {
				Element now = after.get(a);
				if (!moved.containsValue(a) && now.segment().equals(old.segment()) && now.kind().equals(old.kind()) && !now.parent().equals(old.parent())
						&& !old.kind().equals("waiver")) {
					moved.put(r, a);
					break;
				}
			}
		}
		Map<String, String> renamed = new LinkedHashMap<>();
		for (String r : removed) {
			for (Map.Entry<String, String> m : moved.entrySet()) {
				if (r.equals(m.getKey()) || r.startsWith(m.getKey() + "/")) {
					String target = m.getValue() + r.substring(m.getKey().length());
					if (added.contains(target)) {
						renamed.put(r, target);
					}
				}
			}
		}
		for (String path : before.keySet()) {
			Element old = before.get(path);
			String target = after.containsKey(path) ? path : renamed.get(path);
			if (target == null) {
				changes.add(new Change(ChangeType.REMOVED, old.kind(), path, null, old.line(), 0, attributes(old.attributes(), Map.of())));
				continue;
			}
			Element now = after.get(target);
			List<Attribute> diff = attributes(old.attributes(), now.attributes());
			if (moved.containsKey(path)) {
				changes.add(new Change(ChangeType.MOVED, old.kind(), path, target, old.line(), now.line(), diff));
			} else if (!diff.isEmpty()) {
				changes.add(new Change(ChangeType.CHANGED, old.kind(), path, target, old.line(), now.line(), diff));
			}
		}
		for (String path : added) {
			if (!renamed.containsValue(path)) {
				Element now = after.get(path);
				changes.add(new Change(ChangeType.ADDED, now.kind(), null, path, 0, now.line(), attributes(Map.of(), now.attributes())));
			}
		}
		changes.sort(Comparator.comparingInt((Change c) -> ORDER.indexOf(c.kind())).thenComparing(Change::path));
		String note = "";
		List<FindingDelta> introduced = new ArrayList<>();
		List<FindingDelta> fixed = new ArrayList<>();
		if (!oldModel.usable() || !newModel.usable()) {
			PlatformModel broken = oldModel.usable() ? newModel : oldModel;
			ModelDiagnostic first = broken.blockingDiagnostics().get(0);
			note = broken.file() + " has errors that stop the compliance check (" + first.asText() + ")";
		} else {
			Map<String, Finding> was = open(oldModel);
			Map<String, Finding> is = open(newModel);
			is.forEach((fp, f) -> {
				if (!was.containsKey(fp)) {
					introduced.add(delta(f));
				}
			});
			was.forEach((fp, f) -> {
				if (!is.containsKey(fp)) {
					fixed.add(delta(f));
				}
			});
		}
		return new Result(oldModel.file().toString(), newModel.file().toString(), List.copyOf(changes), note, List.copyOf(introduced), List.copyOf(fixed));
	}

	/**
	 * Loads a model to compare. When its imports cannot be honoured where it is (git hands the old version to a
	 * difftool or textconv as a temporary file), its text is loaded as if it were in {@code importsFrom}, the folder of
	 * the other version, so that {@code import "soc.avp"} finds the part there.
	 */
	static PlatformModel load(Path file, ComplianceSettings settings, Path importsFrom) throws ModelException {
		PlatformModel model = new ModelSet(settings).load(file);
		Path here = file.toAbsolutePath().getParent();
		if (model.usable() || importsFrom == null || importsFrom.equals(here)) {
			return model;
		}
		try {
			byte[] text = Files.readAllBytes(file);
			XtextResourceSet resourceSet = AvpLanguage.injector().getInstance(XtextResourceSet.class);
			ComplianceSettings.attach(resourceSet, settings);
			String name = file.getFileName().toString();
			URI uri = URI.createFileURI(importsFrom.resolve(".avp-diff-" + (name.endsWith(".avp") ? name : name + ".avp")).toString());
			Resource resource = resourceSet.createResource(uri);
			resource.load(new ByteArrayInputStream(text), resourceSet.getLoadOptions());
			if (resource instanceof XtextResource xtext) {
				PlatformModel there = new PlatformModel(file, xtext, settings, Diagnostics.of(file.toString(), xtext));
				if (there.usable()) {
					return there;
				}
			}
		} catch (IOException | RuntimeException e) {
			// keep the model as loaded where it is; its diagnostics say what is wrong
		}
		return model;
	}

	private static Map<String, Finding> open(PlatformModel model) {
		List<Finding> findings = model.compliance().findings();
		Map<Finding, String> fingerprints = Fingerprints.of(findings);
		Map<String, Finding> open = new LinkedHashMap<>();
		for (Finding f : findings) {
			if (f.isOpen()) {
				open.put(fingerprints.get(f), f);
			}
		}
		return open;
	}

	private static FindingDelta delta(Finding f) {
		SourceLocation at = PlatformModel.locate(f.element());
		String file = at.file().substring(at.file().lastIndexOf('/') + 1);
		return new FindingDelta(f.requirementId(), f.severity().label(), ElementPath.of(f.element()), f.message(), file, at.line());
	}

	private static List<Attribute> attributes(Map<String, String> old, Map<String, String> now) {
		List<Attribute> diff = new ArrayList<>();
		Set<String> names = new TreeSet<>(old.keySet());
		names.addAll(now.keySet());
		for (String name : names) {
			if (!Objects.equals(old.get(name), now.get(name))) {
				diff.add(new Attribute(name, old.get(name), now.get(name)));
			}
		}
		return diff;
	}

	// ---- the model as elements ----

	private static Map<String, Element> elements(XtextResource resource) {
		Map<String, Element> elements = new LinkedHashMap<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Platform platform)) {
			return elements;
		}
		Element root = new Element("platform", "platform", "platform", "", line(platform), new LinkedHashMap<>());
		elements.put(root.path(), root);
		visit(platform, "", root, "", elements);
		return elements;
	}

	private static boolean element(EObject e) {
		return e instanceof NamedElement || e instanceof Waiver;
	}

	private static void visit(EObject object, String path, Element owner, String prefix, Map<String, Element> elements) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient()) {
				continue;
			}
			if (feature == AvpPackage.Literals.NAMED_ELEMENT__NAME && !(object instanceof Platform)
					&& !ElementPath.segment(object).equals(ElementPath.keyword(object.eClass()))) {
				continue; // the name is in the path
			}
			if (feature == AvpPackage.Literals.WAIVER__REQUIREMENT_ID) {
				continue;
			}
			if (feature instanceof EReference ref && ref.isContainment()) {
				for (EObject child : children(object, ref)) {
					String segment = ElementPath.segment(child);
					if (element(child)) {
						String childPath = path.isEmpty() ? segment : path + "/" + segment;
						Element e = new Element(childPath, kind(child), segment, path, line(child), new LinkedHashMap<>());
						elements.put(childPath, e);
						visit(child, childPath, e, "", elements);
					} else {
						if (child.eClass() != ref.getEReferenceType()) {
							owner.attributes().put(prefix + segment, ElementPath.keyword(child.eClass()).replace("-backend", ""));
						} else if (ref.isMany() || child.eClass().getEAllStructuralFeatures().stream().noneMatch(child::eIsSet)) {
							owner.attributes().put(prefix + segment, "present");
						}
						visit(child, path, owner, prefix + segment + ".", elements);
					}
				}
				continue;
			}
			if (feature == AvpPackage.Literals.VIRTUAL_CPU__INDEX) {
				continue; // in the path
			}
			// an enumeration always has a value (QM when the text names no criticality): show it, so that a change to
			// or from the default reads as old -> new; other attributes and references only where the text sets them
			boolean always = feature instanceof EAttribute a && a.getEAttributeType() instanceof EEnum && !a.isMany()
					&& feature != AvpPackage.Literals.VIRTIO_DEVICE__TRANSPORT; // unset: the VM's transport, not the enumeration's default
			if (!always && !object.eIsSet(feature)) {
				continue;
			}
			String value = feature instanceof EAttribute ? value(object.eGet(feature)) : referenceText(object, (EReference) feature);
			owner.attributes().put(prefix + feature.getName(), value);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> children(EObject object, EReference ref) {
		Object value = object.eGet(ref);
		if (value == null) {
			return List.of();
		}
		return ref.isMany() ? (List<EObject>) value : List.of((EObject) value);
	}

	private static String value(Object value) {
		if (value instanceof List<?> list) {
			List<String> parts = new ArrayList<>();
			list.forEach(v -> parts.add(value(v)));
			return String.join(", ", parts);
		}
		if (value instanceof Enumerator e) {
			return e.getLiteral();
		}
		return String.valueOf(value);
	}

	/** A reference as written in the text (so that a version whose references do not resolve still compares). */
	private static String referenceText(EObject object, EReference ref) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, ref);
		if (!nodes.isEmpty()) {
			List<String> parts = new ArrayList<>();
			nodes.forEach(n -> parts.add(NodeModelUtils.getTokenText(n)));
			return String.join(", ", parts);
		}
		List<String> names = new ArrayList<>();
		for (EObject target : ref.isMany() ? children(object, ref) : List.of((EObject) object.eGet(ref))) {
			names.add(target instanceof NamedElement n && n.getName() != null ? n.getName() : "?");
		}
		return String.join(", ", names);
	}

	private static int line(EObject e) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(e);
		return node == null ? 0 : node.getStartLine();
	}

	private static String kind(EObject e) {
		if (e instanceof Waiver) {
			return "waiver";
		}
		if (e instanceof VirtioDevice) {
			return "device";
		}
		if (e instanceof InterVmChannel) {
			return "channel";
		}
		return switch (e.eClass().getName()) {
		case "VirtualMachine" -> "VM";
		case "Hardware", "CpuCluster", "PhysicalCore", "HostDevice" -> "hardware";
		case "Hypervisor" -> "hypervisor";
		case "NetworkSegment" -> "network";
		case "EmulatedDevice" -> "emulated device";
		default -> ElementPath.keyword(e.eClass());
		};
	}

	// ---- output ----

	/**
	 * The model as text for git's {@code textconv}: one line per element (its path) and one per attribute
	 * ({@code path: attribute = value}), in a fixed order, so that a line diff of two versions shows semantic changes
	 * only. A file that cannot be read as a platform is returned as it is.
	 */
	public static String canonicalText(Path file) throws ModelException {
		PlatformModel model = new ModelSet(ComplianceSettings.defaults()).load(file);
		Map<String, Element> elements = elements(model.resource());
		if (elements.isEmpty()) {
			try {
				return Files.readString(file);
			} catch (IOException e) {
				throw new ModelException(file + ": cannot be read (" + e.getMessage() + ")");
			}
		}
		StringBuilder out = new StringBuilder();
		List<Element> sorted = new ArrayList<>(elements.values());
		sorted.sort(Comparator.comparingInt((Element e) -> ORDER.indexOf(e.kind())).thenComparing(Element::path));
		for (Element e : sorted) {
			out.append(e.path()).append('\n');
			e.attributes().forEach((k, v) -> out.append(e.path()).append(": ").append(k).append(" = ").append(v.replace("\n", "\\n")).append('\n'));
		}
		Set<String> shown = new HashSet<>();
		for (ModelDiagnostic d : model.blockingDiagnostics()) {
			if (d.kind() == ModelDiagnostic.Kind.MODEL && d.message().contains("syntax") && shown.add(d.message())) {
				out.append("# ").append(d.asText()).append('\n');
			}
		}
		return out.toString();
	}

	private static String value(String v) {
		return v == null ? "(unset)" : v;
	}

	/** Plain text for a terminal. */
	public static String text(Result r) {
		StringBuilder out = new StringBuilder();
		out.append("--- ").append(r.oldFile()).append("\n+++ ").append(r.newFile()).append('\n');
		out.append("Model: ").append(r.changes().isEmpty() ? "no semantic change" : r.changes().size() + " change(s)").append('\n');
		for (Change c : r.changes()) {
			out.append("  ").append(String.format("%-8s", c.type().label())).append(' ').append(String.format("%-9s", c.kind())).append(' ');
			out.append(c.type() == ChangeType.MOVED ? c.oldPath() + " -> " + c.newPath() : c.path());
			out.append(c.newLine() > 0 ? "  (new line " + c.newLine() + ")" : "  (old line " + c.oldLine() + ")").append('\n');
			if (c.type() == ChangeType.CHANGED || c.type() == ChangeType.MOVED) {
				c.attributes().forEach(a -> out.append("      ").append(a.name()).append(": ").append(value(a.oldValue())).append(" -> ")
						.append(value(a.newValue())).append('\n'));
			}
		}
		if (!r.complianceCompared()) {
			out.append("Compliance: not compared: ").append(r.complianceNote()).append('\n');
			return out.toString();
		}
		out.append("Compliance: ").append(r.introduced().size()).append(" finding(s) introduced, ").append(r.fixed().size()).append(" fixed\n");
		r.introduced().forEach(f -> out.append("  introduced ").append(finding(f)).append('\n'));
		r.fixed().forEach(f -> out.append("  fixed      ").append(finding(f)).append('\n'));
		return out.toString();
	}

	private static String finding(FindingDelta f) {
		return f.severity() + " " + f.ruleId() + " at " + (f.path().isEmpty() ? "platform" : f.path()) + " (" + f.file() + ":" + f.line() + "): "
				+ f.message();
	}

	/** Markdown for a merge request. */
	public static String markdown(Result r) {
		StringBuilder md = new StringBuilder("## Model changes: `").append(fileName(r.newFile())).append("`\n\n");
		if (r.changes().isEmpty()) {
			md.append("No semantic change.\n");
		} else {
			md.append("| change | kind | element | attributes (old → new) |\n|---|---|---|---|\n");
			for (Change c : r.changes()) {
				List<String> attrs = new ArrayList<>();
				if (c.type() == ChangeType.CHANGED || c.type() == ChangeType.MOVED) {
					c.attributes().forEach(a -> attrs.add("`" + a.name() + "`: " + cell(value(a.oldValue())) + " → " + cell(value(a.newValue()))));
				}
				md.append("| ").append(c.type().label()).append(" | ").append(c.kind()).append(" | `")
						.append(cell(c.type() == ChangeType.MOVED ? c.oldPath() + "` → `" + c.newPath() : c.path())).append("` | ")
						.append(String.join("<br>", attrs)).append(" |\n");
			}
		}
		md.append("\n### Compliance delta\n\n");
		if (!r.complianceCompared()) {
			md.append("Not compared: ").append(cell(r.complianceNote())).append('\n');
			return md.toString();
		}
		md.append(r.introduced().size()).append(" finding(s) introduced, ").append(r.fixed().size()).append(" fixed.\n");
		if (!r.introduced().isEmpty() || !r.fixed().isEmpty()) {
			md.append("\n| | severity | requirement | element | where | finding |\n|---|---|---|---|---|---|\n");
			r.introduced().forEach(f -> row(md, "**introduced**", f));
			r.fixed().forEach(f -> row(md, "fixed", f));
		}
		return md.toString();
	}

	private static void row(StringBuilder md, String what, FindingDelta f) {
		md.append("| ").append(what).append(" | ").append(f.severity()).append(" | ").append(f.ruleId()).append(" | `").append(cell(f.path())).append("` | ")
				.append(f.file()).append(':').append(f.line()).append(" | ").append(cell(f.message())).append(" |\n");
	}

	/** JSON for tools. */
	public static String json(Result r) {
		List<String> changes = new ArrayList<>();
		for (Change c : r.changes()) {
			List<String> attrs = new ArrayList<>();
			c.attributes().forEach(a -> attrs.add(Json.object().put("name", a.name()).put("old", a.oldValue()).put("new", a.newValue()).toString()));
			changes.add(Json.object().put("change", c.type().label()).put("kind", c.kind()).put("oldPath", c.oldPath()).put("newPath", c.newPath())
					.put("oldLine", c.oldLine()).put("newLine", c.newLine()).put("attributes", raw("[" + String.join(",", attrs) + "]")).toString());
		}
		Json compliance = Json.object().put("compared", r.complianceCompared());
		if (!r.complianceCompared()) {
			compliance.put("note", r.complianceNote());
		}
		compliance.put("introduced", raw(findings(r.introduced()))).put("fixed", raw(findings(r.fixed())));
		return Json.object().put("old", r.oldFile()).put("new", r.newFile()).put("changes", raw("[\n  " + String.join(",\n  ", changes) + "\n]"))
				.put("compliance", compliance).toString() + "\n";
	}

	private static String findings(List<FindingDelta> list) {
		List<String> items = new ArrayList<>();
		list.forEach(f -> items.add(Json.object().put("rule", f.ruleId()).put("severity", f.severity()).put("path", f.path()).put("file", f.file())
				.put("line", f.line()).put("message", f.message()).toString()));
		return "[" + String.join(",", items) + "]";
	}

	private static Object raw(String json) {
		return new Raw(json);
	}

	/** Already serialized JSON (the generator's {@link Json} writes records with their toString()). */
	private record Raw(String json) {
		@Override
		public String toString() {
			return json;
		}
	}

	private static String fileName(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}
}
