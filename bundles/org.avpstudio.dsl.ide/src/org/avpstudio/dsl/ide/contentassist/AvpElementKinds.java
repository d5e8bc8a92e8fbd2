// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.avpstudio.model.AvpPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.avpstudio.dsl.services.AvpGrammarAccess;

/**
 * The element kinds of the .avp language: which keyword declares which metamodel class (read from the grammar: the
 * keyword a rule starts with when a {@code name} follows it), and the LSP completion kind each class is shown with,
 * so that an editor (LSP4E, VS Code, the workbench's own) can give every kind its icon.
 */
public final class AvpElementKinds {

	private static Map<String, EClass> byKeyword;

	private AvpElementKinds() {
	}

	/** Keyword to the class it declares, in grammar order (platform, hardware, cluster, core, ..., vm, block, ...). */
	public static synchronized Map<String, EClass> declaringKeywords(AvpGrammarAccess grammar) {
		if (byKeyword == null) {
			Map<String, EClass> map = new LinkedHashMap<>();
			for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
				if (rule.getType() != null && rule.getType().getClassifier() instanceof EClass eClass && rule.getAlternatives() instanceof Group group
						&& group.getElements().size() > 1 && group.getElements().get(0) instanceof Keyword keyword && isName(group.getElements().get(1))) {
					map.putIfAbsent(keyword.getValue(), eClass);
				}
			}
			map.putIfAbsent("platform", AvpPackage.Literals.PLATFORM);
			map.putIfAbsent("waive", AvpPackage.Literals.WAIVER);
			map.putIfAbsent("import", AvpPackage.Literals.IMPORT);
			map.putIfAbsent("boot", AvpPackage.Literals.BOOT);
			byKeyword = map;
		}
		return byKeyword;
	}

	private static boolean isName(AbstractElement element) {
		return element instanceof Assignment assignment && "name".equals(assignment.getFeature()) && assignment.getTerminal() instanceof RuleCall;
	}

	/** The keyword that declares elements of a class (vm for VirtualMachine), if the language has one. */
	public static Optional<String> keywordOf(AvpGrammarAccess grammar, EClass eClass) {
		return declaringKeywords(grammar).entrySet().stream().filter(e -> e.getValue() == eClass).map(Map.Entry::getKey).findFirst();
	}

	/** The LSP completion kind of an element class: one per family of elements. */
	public static CompletionItemKind completionKind(EClass eClass) {
		AvpPackage p = AvpPackage.eINSTANCE;
		if (p.getVirtioDevice().isSuperTypeOf(eClass)) {
			return CompletionItemKind.Interface;
		}
		if (eClass == p.getPlatform()) {
			return CompletionItemKind.Module;
		}
		if (eClass == p.getHardware()) {
			return CompletionItemKind.Struct;
		}
		if (eClass == p.getCpuCluster()) {
			return CompletionItemKind.Folder;
		}
		if (eClass == p.getPhysicalCore()) {
			return CompletionItemKind.Unit;
		}
		if (eClass == p.getHostDevice()) {
			return CompletionItemKind.Constant;
		}
		if (eClass == p.getHypervisor()) {
			return CompletionItemKind.Constructor;
		}
		if (eClass == p.getNetworkSegment()) {
			return CompletionItemKind.Variable;
		}
		if (eClass == p.getVirtualMachine()) {
			return CompletionItemKind.Class;
		}
		if (p.getInterVmChannel().isSuperTypeOf(eClass)) {
			return CompletionItemKind.Event;
		}
		if (eClass == p.getEmulatedDevice()) {
			return CompletionItemKind.Property;
		}
		if (eClass == p.getWaiver()) {
			return CompletionItemKind.Operator;
		}
		if (eClass == p.getImport()) {
			return CompletionItemKind.File;
		}
		if (eClass == p.getBoot()) {
			return CompletionItemKind.Method;
		}
		return CompletionItemKind.Keyword;
	}

	/** The metamodel's documentation of a class, or null. */
	public static String documentation(EClass eClass) {
		return EcoreUtil.getDocumentation(eClass);
	}
}
