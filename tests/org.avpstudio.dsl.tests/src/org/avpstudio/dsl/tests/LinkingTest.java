// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.dsl.resource.AvpResource;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.Issue;
import org.junit.Test;

import com.google.inject.Injector;

/**
 * References are linked while a file loads ({@code AvpLinker}); every reference ends up where Xtext's own lazy
 * linking puts it, and a name that cannot be linked is reported as before.
 */
public class LinkingTest {

	/** The language with Xtext's plain lazy linker, for comparison. */
	private static final Injector XTEXT_LINKING = AvpModels.injectorWith(binder -> binder.bind(ILinker.class).to(LazyLinker.class));

	private static final String BROKEN = """
			platform p {
				hardware soc {
					architecture aarch64
					cluster big { core c0 core c1 }
					host-device gpu0 kind gpu
				}
				network lan { uplink nosuch }
				vm a {
					memory 64 MiB
					vcpu 0 on c0
					vcpu 1 on c9
					passthrough gpu0, lan, gpu0
					net eth0 { network lan }
					net eth1 { network a }
					shm s { region missing }
				}
				vm b {
					memory 64 MiB
					block disk { backend driver-vm a }
				}
				vsock-channel ch from a to zz port 1
				shared-memory r size 4 MiB owner b { peer a peer q }
				emulated uart compatible "ns16550a" in nowhere
			}
			""";

	@Test
	public void everyExampleAndFixtureLinksAsXtextsLazyLinking() throws IOException {
		assertSame(LazyLinker.class, XTEXT_LINKING.getInstance(ILinker.class).getClass());
		List<Path> files = AvpModels.avpFiles();
		assertTrue(files.size() > 50);
		for (Path file : files) {
			XtextResource eager = load(AvpModels.INJECTOR, file);
			XtextResource lazy = load(XTEXT_LINKING, file);
			assertEquals(file.toString(), targets(lazy), targets(eager));
			assertEquals(file.toString(), messages(AvpModels.validate(lazy)), messages(AvpModels.validate(eager)));
		}
	}

	@Test
	public void namesThatCannotBeLinkedAreReportedAsByXtext() throws IOException {
		Path file = Files.createTempDirectory("linking").resolve("broken.avp");
		Files.writeString(file, BROKEN);
		XtextResource eager = load(AvpModels.INJECTOR, file);
		XtextResource lazy = load(XTEXT_LINKING, file);
		assertTrue("another linker: lazy proxies are looked for", ((AvpResource) lazy).mayHaveLazyProxies());
		assertEquals(targets(lazy), targets(eager));
		List<String> messages = messages(AvpModels.validate(eager));
		assertEquals(messages(AvpModels.validate(lazy)), messages);
		assertTrue(messages.toString(), messages.stream().anyMatch(m -> m.contains("Couldn't resolve reference to PhysicalCore 'c9'")));
		assertTrue(messages.toString(), messages.stream().anyMatch(m -> m.contains("'zz'")));
		assertTrue(messages.toString(), messages.stream().anyMatch(m -> m.contains("'nowhere'")));
	}

	@Test
	public void linkedWhileLoadingWithoutLazyProxies() throws IOException {
		Path dir = Files.createTempDirectory("linking");
		Path good = dir.resolve("good.avp");
		Files.writeString(good, """
				platform p {
					hardware soc { architecture aarch64 cluster big { core c0 } }
					network lan
					vm a {
						memory 64 MiB
						vcpu 0 on c0
						net eth0 { network lan }
					}
				}
				""");
		XtextResourceSet set = AvpModels.INJECTOR.getInstance(XtextResourceSet.class);
		AvpResource resource = (AvpResource) set.getResource(URI.createFileURI(good.toString()), true);
		Platform platform = (Platform) resource.getContents().get(0);
		VirtualMachine vm = platform.getVirtualMachines().get(0);
		VirtualCpu vcpu = vm.getVcpus().get(0);
		EObject pinned = (EObject) vcpu.eGet(vcpu.eClass().getEStructuralFeature("pinnedTo"), false);
		assertFalse("set while loading, not a proxy", pinned.eIsProxy());
		assertSame(platform.getHardware().getClusters().get(0).getCores().get(0), pinned);
		assertSame(platform.getNetworks().get(0), ((NetworkDevice) vm.getDevices().get(0)).getNetwork());
		assertFalse(resource.mayHaveLazyProxies());

		Path broken = dir.resolve("broken.avp");
		Files.writeString(broken, BROKEN);
		AvpResource lazy = (AvpResource) set.getResource(URI.createFileURI(broken.toString()), true);
		assertTrue("names that cannot be linked keep their proxies", lazy.mayHaveLazyProxies());
		// an edit that breaks a name: the file is linked again and the proxy comes back
		resource.reparse(Files.readString(good).replace("on c0", "on c7"));
		assertTrue(resource.mayHaveLazyProxies());
		VirtualCpu edited = ((Platform) resource.getContents().get(0)).getVirtualMachines().get(0).getVcpus().get(0);
		assertTrue(((EObject) edited.eGet(edited.eClass().getEStructuralFeature("pinnedTo"), false)).eIsProxy());
	}

	@Test
	public void scopeCacheWatchesEveryElementOnce() throws IOException {
		Path file = Files.createTempDirectory("linking").resolve("broken.avp");
		Files.writeString(file, BROKEN);
		XtextResource resource = load(AvpModels.INJECTOR, file);
		assertEquals(1, cacheAdapters(resource));
		resource.getAllContents().forEachRemaining(element -> assertEquals(element.toString(), 1, cacheAdapters(element)));
		OnChangeEvictingCache cache = AvpModels.INJECTOR.getInstance(OnChangeEvictingCache.class);
		assertEquals("kept", cache.get("probe", resource, () -> "kept"));
		assertEquals("kept", cache.get("probe", resource, () -> "computed again"));
		// a change deep inside the model empties the cache
		VirtualMachine vm = ((Platform) resource.getContents().get(0)).getVirtualMachines().get(0);
		((NetworkDevice) vm.getDevices().get(0)).setName("renamed");
		assertEquals("computed again", cache.get("probe", resource, () -> "computed again"));
	}

	private static long cacheAdapters(org.eclipse.emf.common.notify.Notifier notifier) {
		return notifier.eAdapters().stream().filter(OnChangeEvictingCache.CacheAdapter.class::isInstance).count();
	}

	private static XtextResource load(Injector injector, Path file) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(resource);
		return resource;
	}

	/** Every cross-reference of the file: source element, reference, and where it points (or that it is unresolved). */
	private static List<String> targets(XtextResource resource) {
		List<String> targets = new ArrayList<>();
		resource.getAllContents().forEachRemaining(element -> {
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer()) {
					continue;
				}
				Object value = element.eGet(reference);
				List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
				for (Object target : values) {
					EObject object = (EObject) target;
					targets.add(resource.getURIFragment(element) + "." + reference.getName() + " -> "
							+ (object.eIsProxy() ? "unresolved" : EcoreUtil.getURI(object)));
				}
			}
		});
		return targets;
	}

	private static List<String> messages(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " " + i.getCode() + " "
				+ i.getMessage()).sorted().toList();
	}
}
