import ArgumentParser
import Glibc
import IndustryShare

/// `idash share-key`: colleagues without an account follow over SSH with their own key,
/// which may run `idash follow` and nothing else (docs/presenting.md).
struct ShareKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share-key",
        abstract: "Let a colleague's SSH key follow the presentation, and nothing else.",
        discussion: """
            Writes lines of the form restrict,pty,command="/path/to/idash follow SOCKET" KEY idash:NAME \
            into the follower account's ~/.ssh/authorized_keys (see docs/presenting.md).
            """,
        subcommands: [Add.self, List.self, Remove.self]
    )

    struct Account: ParsableArguments {
        @Option(name: .long, help: "The account colleagues log in as (default: your own).")
        var user: String?

        func file() throws -> AuthorizedKeysFile {
            let name = user ?? AuthorizedKeysFile.presenter(environment: Environment.current).name
            do throws(ShareFileError) { return try AuthorizedKeysFile(user: name) } catch { throw ShareFailure(message: "\(error)") }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a colleague's public key (a .pub file) under NAME.")

        @OptionGroup var account: Account

        @Option(name: .long, help: "The socket followers join (default: where `idash present --share` puts it; with --user another account, where --share-group puts it).")
        var socket: String?

        @Argument(help: "A name for the key: letters, digits, '.', '_' and '-'.")
        var name: String

        @Argument(help: "The colleague's public key file, e.g. id_ed25519.pub.")
        var keyFile: String

        func run() throws {
            let environment = Environment.current
            let file = try account.file()
            let presenter = AuthorizedKeysFile.presenter(environment: environment)
            // Another account reaches only the group's socket: $XDG_RUNTIME_DIR is private.
            let path = socket ?? SharePath.defaultPath(environment: environment, sharedWithGroup: file.user != presenter.name, uid: presenter.uid)
            let text = try Self.contents(of: keyFile)
            do {
                let key: PublicKey
                do throws(ShareKeyError) { key = try PublicKey.parse(text) } catch {
                    throw ShareFailure(message: "bad key file \(keyFile): \(error)")
                }
                let line = try ShareKeys.line(name: name, key: key, idash: Self.executablePath(), socket: path)
                try file.write(try ShareKeys.adding(line, name: name, to: try file.read()))
            } catch let failure as ShareFailure {
                throw failure
            } catch {
                throw ShareFailure(message: "\(error)")
            }
            print("added '\(name)' to \(file.path): they follow with `ssh -t \(file.user)@\(Self.hostName())`")
        }

        static func contents(of path: String) throws -> String {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw ShareFailure(message: "bad key file \(path): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            var bytes = [UInt8](repeating: 0, count: 16 * 1024)  // an RSA 16384 public key is under 3 KiB
            let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count >= 0 else { throw ShareFailure(message: "bad key file \(path): \(String(cString: strerror(errno)))") }
            guard let text = String(validating: bytes[..<count], as: UTF8.self) else {
                throw ShareFailure(message: "bad key file \(path): it is not text")
            }
            return text
        }

        /// This very binary, so the forced command runs the idash that wrote it.
        static func executablePath() -> String {
            var buffer = [CChar](repeating: 0, count: 4096)
            let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            return count > 0 ? String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        }

        static func hostName() -> String {
            var buffer = [CChar](repeating: 0, count: 256)
            guard gethostname(&buffer, buffer.count - 1) == 0 else { return "HOST" }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the names of the keys added with share-key.")

        @OptionGroup var account: Account

        func run() throws {
            let file = try account.file()
            do throws(ShareFileError) {
                for name in ShareKeys.names(in: try file.read()) { print(name) }
            } catch {
                throw ShareFailure(message: "\(error)")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove the key added under NAME (other lines stay as they are).")

        @OptionGroup var account: Account

        @Argument(help: "The key's name, as `share-key list` shows it.")
        var name: String

        func run() throws {
            let file = try account.file()
            do {
                try file.write(try ShareKeys.removing(name: name, from: try file.read()))
            } catch {
                throw ShareFailure(message: "\(error)")
            }
            print("removed '\(name)' from \(file.path)")
        }
    }
}
