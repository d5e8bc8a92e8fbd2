// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.avpstudio.dsl.validation.AvpDiagnostician;
import org.avpstudio.model.AvpPackage;
import org.avpstudio.model.Platform;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.junit.Test;

/** The .avp diagnostician hands elements only to validators that check them, with the diagnostics of Xtext's own. */
public class DiagnosticianTest {

	@Test
	public void onlyPlatformsReachTheComplianceValidator() {
		XtextResource resource = AvpModels.load(AvpModels.examples().resolve("cockpit/cockpit.avp"));
		List<EObject> handed = new ArrayList<>();
		AvpDiagnostician diagnostician = new AvpDiagnostician(EValidator.Registry.INSTANCE) {
			@Override
			public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
				handed.add(eObject);
				return super.validate(eClass, eObject, diagnostics, context);
			}
		};
		Diagnostic diagnostic = injected(diagnostician).validate(resource.getContents().get(0));
		assertEquals(1, handed.size());
		assertTrue(handed.get(0) instanceof Platform);
		assertEquals(messages(xtexts().validate(resource.getContents().get(0))),
				messages(diagnostic));
	}

	@Test
	public void diagnosticsAsXtextsOnEveryFixture() throws Exception {
		for (Path file : AvpModels.avpFiles()) {
			EObject root = AvpModels.load(file).getContents().get(0);
			assertEquals(file.toString(), messages(xtexts().validate(root)),
					messages(AvpModels.INJECTOR.getInstance(Diagnostician.class).validate(root)));
		}
	}

	@Test
	public void anotherValidatorStillSeesEveryElement() {
		XtextResource resource = AvpModels.load(AvpModels.examples().resolve("cockpit/cockpit.avp"));
		List<EObject> seen = new ArrayList<>();
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(AvpPackage.eINSTANCE, new EValidator() {
			@Override
			public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
				return validate(eObject.eClass(), eObject, diagnostics, context);
			}

			@Override
			public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
				seen.add(eObject);
				return true;
			}

			@Override
			public boolean validate(org.eclipse.emf.ecore.EDataType eDataType, Object value, DiagnosticChain diagnostics,
					Map<Object, Object> context) {
				return true;
			}
		});
		EObject root = resource.getContents().get(0);
		injected(new AvpDiagnostician(registry)).validate(root, new BasicDiagnostic());
		List<EObject> all = new ArrayList<>();
		all.add(root);
		root.eAllContents().forEachRemaining(all::add);
		assertEquals(all, seen);
	}

	/** Xtext's own diagnostician, as bound before. */
	private static Diagnostician xtexts() {
		return injected(new CancelableDiagnostician(EValidator.Registry.INSTANCE));
	}

	private static <T> T injected(T diagnostician) {
		AvpModels.INJECTOR.injectMembers(diagnostician);
		return diagnostician;
	}

	private static List<String> messages(Diagnostic diagnostic) {
		List<String> messages = new ArrayList<>();
		for (Diagnostic child : diagnostic.getChildren()) {
			messages.add(child.getSeverity() + " " + child.getCode() + " " + child.getMessage() + " "
					+ child.getData().stream().map(d -> d instanceof Object[] array ? Arrays.toString(array) : String.valueOf(d)).toList());
		}
		return messages;
	}
}
