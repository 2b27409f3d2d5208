/// A widget draws into a rectangle of the canvas, and nothing else: no state of its own
/// beyond what it was made with (a `Table` takes its selection as a parameter), so the same
/// widget drawn twice gives the same cells.
public protocol Widget {
    func render(in area: Rect, on canvas: inout Canvas)
}
