// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.model.AvpPackage;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.spec.Requirement;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.AvpsRules;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Writes the generated pages of the AVP Studio help (run by the build in process-classes, so they cannot drift from
 * their sources): the .avp language reference from the grammar ({@code Avp.xtext}, rule by rule) and the metamodel's
 * documentation (avp.ecore, through the generated package), the rule catalog from the built-in AVPS catalog CSV with
 * its provenance and the rules that verify each entry, and the command-line reference from the README's command
 * section (the same text users read there).
 * <p>
 * Arguments: the grammar file, the README, the output folder.
 */
public final class HelpPages {

	private static final Pattern RULE_START = Pattern.compile("^(enum |fragment )?(\\w+)(?: returns (?:ecore::)?(\\w+))?:\\s*$");
	private static final Pattern ASSIGNMENT = Pattern.compile("(\\w+)(\\+=|\\?=|=)");
	private static final Pattern KEYWORD = Pattern.compile("'([^']+)'");

	private HelpPages() {
	}

	public static void main(String[] args) throws IOException {
		Path grammar = Path.of(args[0]);
		Path readme = Path.of(args[1]);
		Path out = Path.of(args[2]);
		Files.createDirectories(out);
		write(out.resolve("language.html"), language(Files.readString(grammar)));
		write(out.resolve("rules.html"), catalogPage(CatalogLoader.builtIn()));
		write(out.resolve("cli.html"), cli(Files.readString(readme)));
		System.out.println("AVP Studio help pages written to " + out);
	}

	private static void write(Path file, String html) throws IOException {
		Files.writeString(file, html, StandardCharsets.UTF_8);
	}

	/** One rule of the grammar: its name, the metamodel type it returns, its text, and whether it is an enumeration. */
	record GrammarRule(String name, String type, String text, boolean enumeration, boolean fragment, String comment) {
	}

	static List<GrammarRule> rules(String grammar) {
		List<GrammarRule> rules = new ArrayList<>();
		String[] lines = grammar.split("\\R");
		StringBuilder comment = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			Matcher start = RULE_START.matcher(lines[i]);
			if (lines[i].startsWith("//")) {
				comment.append(lines[i].substring(2).strip()).append(' ');
				continue;
			}
			if (!start.matches() || lines[i].startsWith("grammar") || lines[i].startsWith("terminal")) {
				if (lines[i].isBlank()) {
					comment.setLength(0);
				}
				continue;
			}
			StringBuilder text = new StringBuilder(lines[i]);
			while (!lines[i].stripTrailing().endsWith(";") && i + 1 < lines.length) {
				text.append('\n').append(lines[++i]);
			}
			String type = start.group(3) != null ? start.group(3) : start.group(2);
			rules.add(new GrammarRule(start.group(2), type, text.toString(), "enum ".equals(start.group(1)), "fragment ".equals(start.group(1)),
					comment.toString().strip()));
			comment.setLength(0);
		}
		return rules;
	}

	static String language(String grammar) {
		List<GrammarRule> rules = rules(grammar);
		StringBuilder html = page("The .avp language reference");
		html.append("<p>Every element of a <code>.avp</code> file, rule by rule as the language's grammar states it, with what the "
				+ "AVP metamodel says about it and each of its settings. Generated at build time from <code>Avp.xtext</code> and "
				+ "<code>avp.ecore</code>.</p>\n");
		html.append("<h2 id=\"elements\">Elements by keyword</h2>\n<table><tr><th>keyword</th><th>element</th><th>what it is</th></tr>\n");
		Map<String, GrammarRule> byKeyword = new LinkedHashMap<>();
		for (GrammarRule rule : rules) {
			Matcher first = Pattern.compile("^\\S[^:]*:\\s*'([^']+)'\\s+name=").matcher(rule.text().replace('\n', ' ').replaceAll("\\s+", " "));
			if (!rule.enumeration() && first.find()) {
				byKeyword.putIfAbsent(first.group(1), rule);
			}
		}
		byKeyword.forEach((keyword, rule) -> html.append("<tr><td><code>").append(esc(keyword)).append("</code></td><td><a href=\"#")
				.append(rule.name()).append("\">").append(rule.type()).append("</a></td><td>").append(esc(doc(classifier(rule.type()))))
				.append("</td></tr>\n"));
		html.append("</table>\n<h2>Rules</h2>\n");
		for (GrammarRule rule : rules) {
			if (rule.enumeration()) {
				continue;
			}
			EClassifier classifier = classifier(rule.type());
			html.append("<h3 id=\"").append(rule.name()).append("\">").append(rule.name())
					.append(rule.fragment() ? " (shared by every VIRTIO device)" : "").append("</h3>\n");
			if (classifier != null && doc(classifier) != null) {
				html.append("<p>").append(esc(doc(classifier))).append("</p>\n");
			} else if (!rule.comment().isEmpty()) {
				html.append("<p>").append(esc(rule.comment())).append("</p>\n");
			}
			html.append("<pre>").append(esc(rule.text())).append("</pre>\n");
			if (classifier instanceof EClass eClass) {
				Set<String> features = new LinkedHashSet<>();
				Matcher m = ASSIGNMENT.matcher(rule.text().replaceAll("'[^']*'", "''"));
				while (m.find()) {
					features.add(m.group(1));
				}
				StringBuilder rows = new StringBuilder();
				for (String name : features) {
					EStructuralFeature feature = eClass.getEStructuralFeature(name);
					if (feature != null && EcoreUtil.getDocumentation(feature) != null) {
						rows.append("<tr><td><code>").append(name).append("</code></td><td>").append(esc(EcoreUtil.getDocumentation(feature)))
								.append("</td></tr>\n");
					}
				}
				if (!rows.isEmpty()) {
					html.append("<table><tr><th>setting</th><th>meaning</th></tr>\n").append(rows).append("</table>\n");
				}
			}
		}
		html.append("<h2 id=\"values\">Enumerations</h2>\n");
		for (GrammarRule rule : rules) {
			if (!rule.enumeration()) {
				continue;
			}
			EClassifier classifier = classifier(rule.type());
			html.append("<h3 id=\"").append(rule.name()).append("\">").append(rule.name()).append("</h3>\n");
			if (doc(classifier) != null) {
				html.append("<p>").append(esc(doc(classifier))).append("</p>\n");
			}
			html.append("<table><tr><th>write</th><th>meaning</th></tr>\n");
			Matcher literal = Pattern.compile("(\\w+)\\s*=\\s*'([^']+)'").matcher(rule.text());
			while (literal.find()) {
				EEnumLiteral value = classifier instanceof EEnum eEnum ? eEnum.getEEnumLiteral(literal.group(1)) : null;
				String meaning = value == null ? null : EcoreUtil.getDocumentation(value);
				html.append("<tr><td><code>").append(esc(literal.group(2))).append("</code></td><td>").append(esc(meaning == null ? "" : meaning))
						.append("</td></tr>\n");
			}
			html.append("</table>\n");
		}
		return end(html);
	}

	static String catalogPage(RequirementCatalog catalog) {
		Map<String, List<String>> verifiedBy = new TreeMap<>();
		for (AvpsRule rule : AvpsRules.all()) {
			for (Class<?> type = rule.getClass(); type != null; type = type.getSuperclass()) {
				Verifies verifies = type.getAnnotation(Verifies.class);
				if (verifies != null) {
					for (String id : verifies.value()) {
						verifiedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(rule.getClass().getSimpleName());
					}
					break;
				}
			}
		}
		StringBuilder html = page("AVPS rule catalog");
		html.append("<p>Every requirement AVP Studio checks, from the built-in catalog (<code>avps-2.0.csv</code>), generated at build "
				+ "time. Provenance: ").append(esc(catalog.provenance().replaceFirst("\\.$", ""))).append(". Each entry says how it was obtained (evidence) and "
						+ "how it is verified: by a rule on the model (STATIC), by a check inside the guest (GUEST), or by a reviewer (MANUAL).</p>\n");
		html.append("<table><tr><th>id</th><th>level</th><th>section</th><th>requirement</th><th>verified by</th><th>evidence</th></tr>\n");
		List<Requirement> requirements = new ArrayList<>(catalog.requirements());
		requirements.sort(Comparator.comparing(Requirement::id));
		for (Requirement r : requirements) {
			String how = switch (r.verification().name()) {
			case "MANUAL" -> "manual: " + nz(r.manualReason());
			case "GUEST" -> "guest check: " + nz(r.guestCheck());
			default -> r.verification().name().toLowerCase() + (verifiedBy.containsKey(r.id()) ? ": " + String.join(", ", verifiedBy.get(r.id())) : "");
			};
			html.append("<tr id=\"").append(esc(r.id())).append("\"><td><code>").append(esc(r.id())).append("</code></td><td>").append(r.level())
					.append(r.condition() == null || r.condition().isBlank() ? "" : " (" + esc(r.condition()) + ")").append("</td><td>")
					.append(esc(r.citation() + " " + nz(r.sectionTitle()))).append("</td><td><b>").append(esc(nz(r.title()))).append("</b><br/>")
					.append(esc(nz(r.summary()))).append("</td><td>").append(esc(how)).append("</td><td>").append(esc(r.evidence().label()))
					.append(r.evidenceNote() == null || r.evidenceNote().isBlank() ? "" : ": " + esc(r.evidenceNote())).append("</td></tr>\n");
		}
		html.append("</table>\n");
		return end(html);
	}

	/** The README's command-line section: its command block and the paragraphs after it, as one page. */
	static String cli(String readme) {
		StringBuilder html = page("Command-line reference (bin/avp)");
		html.append("<p>The headless command line runs the same core as the workbench. Generated at build time from the "
				+ "README's command section, so the two say the same.</p>\n");
		int start = readme.indexOf("The headless command line runs from the same build");
		int block = readme.indexOf("```", start);
		int blockEnd = readme.indexOf("```", block + 3);
		if (start < 0 || block < 0 || blockEnd < 0) {
			throw new IllegalStateException("README.md: the command section (\"The headless command line runs from the same build\" and its block) is missing");
		}
		String commands = readme.substring(readme.indexOf('\n', block) + 1, blockEnd);
		html.append("<pre>").append(esc(commands)).append("</pre>\n");
		int next = readme.indexOf("\n## ", blockEnd);
		int from = Math.min(next < 0 ? readme.length() : next, readme.indexOf("From Java", blockEnd) < 0 ? readme.length() : readme.indexOf("From Java", blockEnd));
		for (String paragraph : readme.substring(blockEnd + 3, from).strip().split("\\n\\s*\\n")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(inline(esc(paragraph.strip().replace('\n', ' ')))).append("</p>\n");
			}
		}
		return end(html);
	}

	private static String inline(String text) {
		return text.replaceAll("`([^`]+)`", "<code>$1</code>").replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>").replaceAll("\\*([^*]+)\\*", "<i>$1</i>");
	}

	private static EClassifier classifier(String name) {
		return name == null ? null : AvpPackage.eINSTANCE.getEClassifier(name);
	}

	private static String doc(EClassifier classifier) {
		return classifier == null ? null : EcoreUtil.getDocumentation(classifier);
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	private static StringBuilder page(String title) {
		return new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"/><title>").append(esc(title))
				.append("</title><link rel=\"stylesheet\" href=\"../help.css\"/></head><body>\n<h1>").append(esc(title)).append("</h1>\n");
	}

	private static String end(StringBuilder html) {
		return html.append("</body></html>\n").toString();
	}

	static String esc(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
