// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.dsl.scoping.AvpLocalScopeProvider;
import org.avpstudio.dsl.scoping.NameIndex;
import org.avpstudio.model.AvpPackage;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.junit.Test;

/** The indexed scoping answers as Xtext's own, and a loaded model notifies its observers. */
public class ScopingTest {

	private static final String TWO_VMS = """
			platform p {
				network lan
				network LAN
				vm a {
					memory 64 MiB
					net eth0 { network lan }
					rng a
				}
				vm b {
					memory 64 MiB
					net eth0 { network LAN }
				}
				vm a {
					memory 64 MiB
				}
				vsock-channel ch from a to b port 1
			}
			""";

	@Test
	public void nameIndexAnswersAsXtextsMultimap() throws Exception {
		List<XtextResource> resources = List.of(AvpModels.load(AvpModels.examples().resolve("cockpit/cockpit.avp")),
				AvpModels.parse(TWO_VMS, Files.createTempDirectory("scoping")));
		IQualifiedNameProvider names = AvpModels.INJECTOR.getInstance(IQualifiedNameProvider.class);
		for (XtextResource resource : resources) {
			NameIndex index = NameIndex.of(resource, names);
			List<IEObjectDescription> all = new ArrayList<>();
			for (java.util.Iterator<EObject> i = EcoreUtil.getAllContents(resource, false); i.hasNext();) {
				EObject e = i.next();
				QualifiedName name = names.getFullyQualifiedName(e);
				if (name != null) {
					all.add(org.eclipse.xtext.resource.EObjectDescription.create(name, e));
				}
			}
			ISelectable xtext = new MultimapBasedSelectable(all);
			assertEquals(objects(xtext.getExportedObjects()), objects(index.getExportedObjects()));
			List<EClass> types = List.of(EcorePackage.Literals.EOBJECT, AvpPackage.Literals.VIRTUAL_MACHINE,
					AvpPackage.Literals.NETWORK_SEGMENT, AvpPackage.Literals.VIRTIO_DEVICE, AvpPackage.Literals.ENTROPY_DEVICE,
					AvpPackage.Literals.PHYSICAL_CORE, AvpPackage.Literals.HOST_DEVICE);
			List<QualifiedName> asked = new ArrayList<>();
			all.forEach(d -> asked.add(d.getName()));
			asked.add(QualifiedName.create("LAN"));
			asked.add(QualifiedName.create("nothing", "here"));
			asked.add(QualifiedName.create("A"));
			for (EClass type : types) {
				assertEquals(objects(xtext.getExportedObjectsByType(type)), objects(index.getExportedObjectsByType(type)));
				for (QualifiedName name : asked) {
					for (boolean ignoreCase : new boolean[] { false, true }) {
						assertEquals(type.getName() + " " + name + " " + ignoreCase, objects(xtext.getExportedObjects(type, name, ignoreCase)),
								objects(index.getExportedObjects(type, name, ignoreCase)));
					}
				}
			}
			for (IEObjectDescription d : all) {
				assertEquals(objects(xtext.getExportedObjectsByObject(d.getEObjectOrProxy())),
						objects(index.getExportedObjectsByObject(d.getEObjectOrProxy())));
			}
		}
	}

	@Test
	public void referencesLinkByNameAndCase() throws Exception {
		XtextResource resource = AvpModels.parse(TWO_VMS, Files.createTempDirectory("scoping"));
		Platform platform = (Platform) resource.getContents().get(0);
		List<VirtualMachine> vms = platform.getVirtualMachines();
		assertSame(platform.getNetworks().get(0), ((NetworkDevice) vms.get(0).getDevices().get(0)).getNetwork());
		assertSame(platform.getNetworks().get(1), ((NetworkDevice) vms.get(1).getDevices().get(0)).getNetwork());
		// two VMs named a: the first one wins, as with Xtext's own scoping
		assertSame(vms.get(0), ((org.avpstudio.model.VsockChannel) platform.getChannels().get(0)).getFrom());
	}

	@Test
	public void loadedModelNotifiesItsObservers() throws Exception {
		XtextResource resource = AvpModels.parse(TWO_VMS, Files.createTempDirectory("scoping"));
		List<Notification> seen = new ArrayList<>();
		resource.getAllContents().forEachRemaining(element -> assertTrue(element + " delivers", element.eDeliver()));
		VirtualMachine vm = ((Platform) resource.getContents().get(0)).getVirtualMachines().get(1);
		vm.eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification msg) {
				seen.add(msg);
			}
		});
		vm.setMemoryMiB(128);
		assertEquals(1, seen.size());
	}

	@Test
	public void namespaceImportsAreLookedForInTheMetamodel() {
		assertFalse(AvpLocalScopeProvider.hasNamespaceImports(AvpPackage.eINSTANCE));
		EPackage other = EcoreFactory.eINSTANCE.createEPackage();
		EClass withImports = EcoreFactory.eINSTANCE.createEClass();
		EAttribute importedNamespace = EcoreFactory.eINSTANCE.createEAttribute();
		importedNamespace.setName("importedNamespace");
		importedNamespace.setEType(EcorePackage.Literals.ESTRING);
		withImports.getEStructuralFeatures().add(importedNamespace);
		other.getEClassifiers().add(withImports);
		assertTrue(AvpLocalScopeProvider.hasNamespaceImports(other));
	}

	private static List<EObject> objects(Iterable<IEObjectDescription> descriptions) {
		List<EObject> objects = new ArrayList<>();
		for (IEObjectDescription d : descriptions) {
			assertNotNull(d.getEObjectOrProxy());
			objects.add(d.getEObjectOrProxy());
		}
		return objects;
	}
}
