# federa in a container: the static (musl) binary alone, in an empty `scratch` image.
# No shell, no libc, nothing else: about the size of the binary. See docs/deploy.md.
#
#   docker build -t federa .                      (or podman build)
#   docker run --rm -v "$PWD:/site" --user "$(id -u):$(id -g)" federa build
#
# The site is mounted at /site, the working directory; the default command is `build`.

FROM docker.io/library/rust:1-alpine AS build
# The rust image's Alpine target is x86_64/aarch64-unknown-linux-musl, linked statically.
RUN apk add --no-cache musl-dev
WORKDIR /src
# Only what building needs (the same list as Cargo.toml's `include`).
COPY Cargo.toml Cargo.lock build.rs LICENSE README.md ./
COPY src src
COPY themes themes
RUN cargo build --release --locked && cp target/release/federa /federa

FROM scratch
COPY --from=build /federa /federa
COPY --from=build /src/LICENSE /LICENSE
WORKDIR /site
ENTRYPOINT ["/federa"]
CMD ["build"]
