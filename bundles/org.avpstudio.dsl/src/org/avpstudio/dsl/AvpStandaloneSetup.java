// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl;

import org.avpstudio.model.AvpPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/** Sets up the .avp language outside Eclipse (CLI, language server, tests). */
public class AvpStandaloneSetup extends AvpStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new AvpStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		// The grammar imports avp.ecore; the generated setup does not register an imported package.
		EPackage.Registry.INSTANCE.put(AvpPackage.eNS_URI, AvpPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
