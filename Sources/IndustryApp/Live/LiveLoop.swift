import TerminalKit
import FileFormats
import IndustryModel
import IndustryShare
import IndustryTerminal
import IndustryViews

/// What a program of the run loop takes: a wake (a key, a ready descriptor, the deadline),
/// or what came of an effect it asked for.
public enum LoopEvent {
    case wake(Wake)
    /// The watched folder loaded again, or the first problem that stopped it.
    case loaded(Result<Dataset, DiagnosticsError>)
    /// A presenter found again on the socket (nil: none yet).
    case connected(ShareClient?)
}

/// A program the one run loop runs (the dashboard, the presenter, a follower): what it
/// looks like, what it waits for, and how it takes an event. It changes only its own state
/// and returns effects as values; the loop does the rest the same way for all three.
public protocol LiveProgram {
    /// What the screen depends on; the loop redraws only when it changed.
    associatedtype Look: Equatable
    var look: Look { get }
    var themeName: String { get }
    func render() -> Frame
    /// When to wake with no key (nil: only for keys or descriptors).
    func deadline(now: Moment) -> Moment?
    var descriptors: [ReadyDescriptor] { get }
    /// Fits the program to the terminal: on start, and after the shell had it (Ctrl-Z).
    mutating func adapt(_ session: TerminalSession)
    /// What to do before the first event (the presenter publishes its first slide).
    var opening: [Effect] { get }
    /// An event; `frame` is the screen as last drawn, which a click is hit-tested against.
    mutating func handle(_ event: LoopEvent, frame: Frame?, now: Moment) -> [Effect]
}

extension LiveProgram {
    public var opening: [Effect] { [] }
}

/// The one run loop. It idles at zero CPU between events (no timers but the program's
/// deadline), redraws only when the look changed (ncurses sends only changed cells), and
/// performs the effects programs return.
public enum LiveLoop {
    /// Runs until the program quits (nil) or leaves for the dashboard (that state).
    /// `share`: the presenter's followers, served on every wake and sent each `publish`.
    @discardableResult
    public static func run<Program: LiveProgram>(_ program: inout Program, on session: TerminalSession,
                                                 share: ShareServer? = nil) -> DashboardState? {
        program.adapt(session)
        var drawn: Program.Look?
        var frame: Frame?
        var pending = program.opening
        while true {
            let look = program.look
            if drawn != look {
                let rendered = program.render()
                session.draw(rendered.grid, themeName: program.themeName)
                (frame, drawn) = (rendered, look)
            }
            var events: [LoopEvent] = []
            for effect in pending {
                switch effect {
                case .quit, .leave: break  // ended the loop when returned, below
                case .suspend:
                    session.backend.suspend()
                    program.adapt(session)  // it may have been resized meanwhile
                    drawn = nil  // and the shell drew over it
                case .copy(let text):
                    // After the frame that says "copied", as a publish follows its slide.
                    session.backend.send(ClipboardRequest.osc52(text))
                case .reload, .publish, .reconnect, .save:
                    if let event = outcome(of: effect, share: share) { events.append(event) }
                }
            }
            pending = []
            if events.isEmpty {
                if drawn == nil { continue }  // back from the shell: draw before waiting
                let descriptors = program.descriptors + (share?.pollDescriptors().map { ReadyDescriptor(fd: $0.fd, events: $0.events) } ?? [])
                // The share wakes the loop too, to close connections that never read their greeting.
                let greeting = share?.greetingDeadline.map(Moment.init(milliseconds:))
                let deadline = [program.deadline(now: .now), greeting].compactMap { $0 }.min()
                let wake = session.next(until: deadline, watching: descriptors)
                share?.service()
                events = [.wake(wake)]
            }
            for event in events {
                for effect in program.handle(event, frame: frame, now: .now) {
                    switch effect {
                    case .quit: return nil  // at once: nothing is drawn on the way out
                    case .leave(let state): return state
                    default: pending.append(effect)
                    }
                }
            }
        }
    }

    /// Does an effect that needs no terminal; what came of it, for the program to take.
    static func outcome(of effect: Effect, share: ShareServer?) -> LoopEvent? {
        switch effect {
        case .reload(let directory):
            do throws(DiagnosticsError) {
                return .loaded(.success(try DatasetLoader.load(directory: directory)))
            } catch {
                return .loaded(.failure(error))
            }
        case .publish(let position):
            share?.publish(position)  // after the draw: followers trail the presenter's screen
            return nil
        case .reconnect(let path):
            let client = try? ShareClient(path: path)
            client?.waitUntilReadable(milliseconds: 250)  // read the greeting now (see ShareServer)
            return .connected(client)
        case .save(let position, let file):
            file.write(position)  // a failed write loses only the resume, never the talk
            return nil
        case .quit, .leave, .suspend, .copy:
            return nil
        }
    }
}
