// SPDX-License-Identifier: EPL-2.0
import { Container, ContainerModule } from 'inversify';
import {
    configureModelElement, configureViewerOptions, overrideModelElement, loadDefaultModules, MoveMouseListener, SEdgeImpl, SGraphImpl, SGraphView,
    SIssueMarkerImpl, SLabelImpl, SLabelView, TYPES
} from 'sprotty';
import { AvpMoveMouseListener, DeviceDragListener } from './device-drag';
import { AvpServerProxy } from './server-proxy';
import { AvpBox, BadgeView, BoxView, ConnectionView, EdgeLabelView, FindingMarkerView } from './views';

/** Element types the server sends (see org.avpstudio.diagram.sprotty.SprottyGraph) and how each is drawn. */
const BOXES = ['hardware', 'hypervisor', 'vm', 'network', 'shared_memory'];
const LINES = ['runs_on', 'network', 'backend', 'passthrough', 'vsock', 'shared_memory'];

const avpModule = new ContainerModule((bind, unbind, isBound, rebind) => {
    bind(TYPES.ModelSource).to(AvpServerProxy).inSingletonScope();
    rebind(MoveMouseListener).to(AvpMoveMouseListener).inSingletonScope();
    bind(DeviceDragListener).toSelf().inSingletonScope();
    bind(TYPES.MouseListener).toService(DeviceDragListener);
    const context = { bind, unbind, isBound, rebind };
    configureModelElement(context, 'graph', SGraphImpl, SGraphView);
    BOXES.forEach(kind => configureModelElement(context, 'node:' + kind, AvpBox, BoxView));
    LINES.forEach(kind => configureModelElement(context, 'edge:' + kind, SEdgeImpl, ConnectionView));
    ['title', 'subtitle', 'device', 'host'].forEach(kind => configureModelElement(context, 'label:' + kind, SLabelImpl, SLabelView));
    configureModelElement(context, 'label:badge', SLabelImpl, BadgeView);
    configureModelElement(context, 'label:edge', SLabelImpl, EdgeLabelView);
    overrideModelElement(context, 'marker', SIssueMarkerImpl, FindingMarkerView);
    configureViewerOptions(context, {
        needsClientLayout: false,
        needsServerLayout: false,
        baseDiv: 'avp-diagram',
        hiddenDiv: 'avp-diagram-hidden',
        zoomLimits: { min: 0.1, max: 4 }
    });
});

export function createContainer(): Container {
    const container = new Container();
    loadDefaultModules(container);
    container.load(avpModule);
    return container;
}
