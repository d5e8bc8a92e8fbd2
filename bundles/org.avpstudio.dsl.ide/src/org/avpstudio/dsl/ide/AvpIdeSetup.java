// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide;

import org.avpstudio.dsl.AvpRuntimeModule;
import org.avpstudio.dsl.AvpStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Creates the injector of the .avp language with its IDE services, for the language server and the editor. */
public class AvpIdeSetup extends AvpStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new AvpRuntimeModule(), new AvpIdeModule()));
	}
}
