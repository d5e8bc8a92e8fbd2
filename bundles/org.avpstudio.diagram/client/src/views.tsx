// SPDX-License-Identifier: EPL-2.0
/** @jsx svg */
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import {
    IssueMarkerView, IView, PolylineEdgeView, RenderingContext, SEdgeImpl, SIssueMarkerImpl, SLabelImpl, SNodeImpl, svg
} from 'sprotty';
import { Point } from 'sprotty-protocol';

/** A box of the platform: hardware, hypervisor, VM, network or shared memory. Its labels are children. */
export class AvpBox extends SNodeImpl {
    header: number = 44;
    hasRows: boolean = false;
    errors: number = 0;
    warnings: number = 0;
}

/** Boxes are always drawn, also outside the visible part: scrolling shows them at once, and they can be found in the page. */
@injectable()
export class BoxView implements IView {
    render(node: Readonly<AvpBox>, context: RenderingContext): VNode {
        const w = node.size.width;
        const h = node.size.height;
        const head = node.hasRows
            ? `M8,0 H${w - 8} A8,8 0 0 1 ${w},8 V${node.header} H0 V8 A8,8 0 0 1 8,0 Z`
            : `M8,0 H${w - 8} A8,8 0 0 1 ${w},8 V${h - 8} A8,8 0 0 1 ${w - 8},${h} H8 A8,8 0 0 1 0,${h - 8} V8 A8,8 0 0 1 8,0 Z`;
        return <g class-avp-box={true} class-selected={node.selected} class-has-errors={node.errors > 0}
            class-has-warnings={node.errors === 0 && node.warnings > 0}>
            <rect class-avp-frame={true} x={0} y={0} width={w} height={h} rx={8} />
            <path class-avp-header={true} d={head} />
            {context.renderChildren(node)}
        </g>;
    }
}

/** Text on a white pill: the criticality of a VM, the kind of a hypervisor. */
@injectable()
export class BadgeView implements IView {
    render(label: Readonly<SLabelImpl>, context: RenderingContext): VNode {
        const width = label.size.width;
        return <g class-avp-badge={true}>
            <rect x={0} y={0} width={width} height={16} rx={8} />
            <text x={width / 2} y={12}>{label.text}</text>
        </g>;
    }
}

/** An edge's label on a white background, placed by Sprotty along the edge. */
@injectable()
export class EdgeLabelView implements IView {
    render(label: Readonly<SLabelImpl>, context: RenderingContext): VNode {
        return <g class-avp-edge-label={true}>
            <rect x={-2} y={-1} width={label.size.width + 4} height={label.size.height + 2} rx={3} />
            <text x={1} y={11}>{label.text}</text>
        </g>;
    }
}

/** Polyline edges; directed kinds (vsock, back-end, passthrough) end in an arrow head. */
@injectable()
export class ConnectionView extends PolylineEdgeView {
    protected override renderAdditionals(edge: SEdgeImpl, segments: Point[], context: RenderingContext): VNode[] {
        if (!edge.cssClasses?.includes('directed') || segments.length < 2) {
            return [];
        }
        const end = segments[segments.length - 1];
        const before = segments[segments.length - 2];
        const angle = Math.atan2(end.y - before.y, end.x - before.x) * 180 / Math.PI;
        return [<path class-avp-arrow={true} d="M 0,0 L -9,-4.5 L -9,4.5 Z" transform={`translate(${end.x}, ${end.y}) rotate(${angle})`} />];
    }
}

/** Sprotty's issue marker with the findings as its tooltip. */
@injectable()
export class FindingMarkerView extends IssueMarkerView {
    override render(marker: SIssueMarkerImpl, context: RenderingContext): VNode {
        const group = super.render(marker, context);
        const tooltip = marker.issues.map(issue => issue.message).join('\n');
        (group.children ??= []).push(<title>{tooltip}</title> as unknown as VNode);
        return group;
    }
}
