// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.rules.AvpsRules;
import org.avpstudio.validation.rules.RuleArea;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/** Each rule class is registered once, by the area whose package holds it; no rule class is left out. */
public class RuleAreasTest {

	private static final String RULES = "org.avpstudio.validation.rules";

	@Test
	public void everyAreaListsTheRulesOfItsOwnPackage() {
		for (RuleArea area : AvpsRules.areas()) {
			assertFalse(area.name() + " has rules", area.rules().isEmpty());
			for (AvpsRule rule : area.rules()) {
				assertEquals(rule.getClass() + " is in the package of area " + area.name(), RULES + "." + area.name(),
						rule.getClass().getPackageName());
			}
		}
	}

	@Test
	public void everyRuleClassOfTheBundleIsRegisteredExactlyOnce() throws ClassNotFoundException {
		List<String> registered = new ArrayList<>(AvpsRules.all().stream().map(r -> r.getClass().getName()).toList());
		Collections.sort(registered);
		assertEquals(registered.size() + " rules registered, each once", new ArrayList<>(new TreeSet<>(registered)), registered);
		Set<String> unregistered = ruleClassesOfTheBundle();
		unregistered.removeAll(registered);
		// a class removed from the sources stays in target/classes until a clean build
		assertEquals("rule classes no area lists (after moving rules, build with clean)", Set.of(), unregistered);
	}

	/** Every concrete {@link AvpsRule} class below the rules package, found on the validation bundle's class path. */
	private static Set<String> ruleClassesOfTheBundle() throws ClassNotFoundException {
		Bundle bundle = FrameworkUtil.getBundle(AvpsRule.class);
		Set<String> found = new TreeSet<>();
		for (String resource : bundle.adapt(BundleWiring.class).listResources(RULES.replace('.', '/'), "*.class",
				BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL)) {
			String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
			Class<?> type = bundle.loadClass(name);
			if (AvpsRule.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
					&& !type.isAnonymousClass()) {
				found.add(name);
			}
		}
		assertFalse("rule classes found in " + bundle.getSymbolicName(), found.isEmpty());
		return found;
	}
}
