// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.util.HashSet;
import java.util.Set;

import org.avpstudio.dsl.ide.AvpLanguage;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.IGrammarAccess;

/**
 * Names for imported elements, unique in one scope (the platform's VMs, one VM's devices): what the input calls
 * a thing, made an .avp name (letters, digits, underscores; no keyword the Name rule does not take) and numbered
 * when taken. Each change is reported, so the same input always gets the same names.
 */
public final class AvpNames {

	private final Set<String> taken = new HashSet<>();
	private final String scope;

	/** {@code scope} says where the names must be unique, for the report ("VM names", "devices of vm x"). */
	public AvpNames(String scope) {
		this.scope = scope;
	}

	/** Marks {@code name} as taken (a name already in the scope, e.g. a VM from an earlier file). */
	public AvpNames taken(String name) {
		taken.add(name);
		return this;
	}

	public String unique(String wanted, SourcePosition at, ImportReport report) {
		String base = valid(wanted);
		String name = base;
		for (int n = 2; taken.contains(name); n++) {
			name = base + "_" + n;
		}
		taken.add(name);
		if (!name.equals(wanted)) {
			report.renamed(at, wanted, name, !name.equals(base) ? "'" + base + "' is taken among the " + scope : "not an .avp name");
		}
		return name;
	}

	/** {@code prefix0}, {@code prefix1}, ...: the first free one, for an element the input gives no name. */
	public String numbered(String prefix) {
		String base = valid(prefix);
		int n = 0;
		while (taken.contains(base + n)) {
			n++;
		}
		taken.add(base + n);
		return base + n;
	}

	private static String valid(String wanted) {
		String stripped = wanted == null ? "" : wanted.strip();
		String name = stripped.isEmpty() ? "unnamed" : replaceOthers(stripped);
		if (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
			name = "_" + name;
		}
		return reserved().contains(name) ? name + "_" : name;
	}

	// every character (code point) other than an ASCII letter, digit or underscore becomes one underscore
	private static String replaceOthers(String text) {
		if (text.chars().allMatch(AvpNames::isNameChar)) {
			return text;
		}
		StringBuilder name = new StringBuilder(text.length());
		text.codePoints().forEach(c -> name.append(isNameChar(c) ? (char) c : '_'));
		return name.toString();
	}

	private static boolean isNameChar(int c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}

	// keywords of the grammar that its Name rule does not accept as a name, computed once
	private static Set<String> reserved() {
		return Reserved.WORDS;
	}

	private static final class Reserved {
		static final Set<String> WORDS = words();

		private static Set<String> words() {
			var grammar = AvpLanguage.injector().getInstance(IGrammarAccess.class).getGrammar();
			Set<String> words = new HashSet<>(GrammarUtil.getAllKeywords(grammar));
			AbstractRule nameRule = GrammarUtil.findRuleForName(grammar, "Name");
			EcoreUtil2.getAllContentsOfType(nameRule, Keyword.class).forEach(k -> words.remove(k.getValue()));
			return Set.copyOf(words);
		}
	}
}
