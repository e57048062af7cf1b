"""Keys in their text forms: the C2SP age specification's own example keys derive the
recipients it prints (so our ML-KEM-768 + X25519 key expansion is the specified one);
generated keys survive encoding; anything malformed is refused with a clear error."""

from __future__ import annotations

import pytest

from piu_desk.core.exchange import age
from piu_desk.core.exchange.age import bech32

SPEC_X25519_IDENTITY = (
    "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")
SPEC_X25519_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
SPEC_HYBRID_IDENTITY = (
    "AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR")
SPEC_HYBRID_RECIPIENT = (
    "age1pq1x34nzsvr0rxjsgdn8zgyhfe8j7ceq5r9rdelkjuh3y235jzxshfg87pzf5zrqtzdxz95paef6caq5aapd"
    "mwjjqpjfdyxnzr2zampc3uxy0dg4z2n2gm9su72p0pc3u0jvev55l694v78snxg3yzvcl7yda0eyytqj6a0ec477"
    "lnhcy5hzpz4zq3pxanve4cn62gqj3pjy5lqj9c6kyj4v2z8alktn8zh99970x79gjkv7522hv9kfz35zsnxhsx8w"
    "wtmu9cy3ftzjgwcp4sshn3llnylnpdsyz5jm72vefv4x5vfwytrefxg4wq3mv42wcrvkj742479zrxzpvp2p3e9f"
    "ed9f0739vcu80r7ma28qfhnvlv4gfzel9q654dj3zmuvvz893azhxdvs9fxd0r7jzchzcfcs5mkyyjxhw0n2z6dv"
    "p9yn9qfdp29h0azxqyjw6v7fhyuzj7zel0uq6j9rd7wgrpz7mf5dnj43jwsgvrc8qcnhy7tu6dkdujuxzkp9xj43"
    "xe8h92ktre2a3u3s8mm5mrp9nr9pwkgtz4mdlq9hgn4fps4k57ff6wddn2fy23t47sm20r8km8sd2pcyyafnet8f"
    "0dajsrlyjeah4n3mssr6aseevuuskdvq5lzguyvpgwpta742c6698vgutzqgny8usfg0w2he7kq5vyxjd0f9hqg8"
    "xk26y9e4th0gezq92q4cpp5p2y9hf5f2cje5l0c3sa3a2qxmm38pxxvhxh99yzmfz0zk7r2s64nnwjhkfgfr3gf8"
    "xnmppcgmaykvh5sh6g7vk9790rf8ws0axmr2t7z8aae5fq2029uvcn2ghgt4fu4wgwdc0k0cz52qkvwmuzj8p8k5"
    "jgf3xzk5zmrkavjekjrpeq408xz3zxazwkc6tyfmhayrkfpjhwtz5mp8j8guqe43k2q6m2kte03vrw27y3wmqyu5"
    "etmt9dnkwcnnpmu9gz9dekfhdevf42ucshphnrk38ra6hx8w5f8q5ru0xdhrjxmwqf6cused7zc5xvq43r0zscjg"
    "lpwlptpwydhqw64xz7ptjdyeyzpq2zkxtmzg29gzjpvzva4d3l0cenn9xs297wf4y4ukwrunf57xj6pm7nvrkwvt"
    "rt8hwcmgv8x7ajw7258ugf9wvkmk4052ekg87tw5vnx8nq2swyzv77v8yqlwsenvamr0zssknwts8rrhfuwj7yky"
    "snq9jxy0uv3kuyt22djszjdtvpz6d0s0kwh8ryynddzud92emeyvvyqktd0jtj7rvvg5gch25v8smlvny3kvn5ga"
    "gyz475ze2y6q466xqmz2n3hs77lddeqyta2nch5k2u5yacuk9ywnwfdzvyejnucz724hj77hrrmakm7pr3kxsrxq"
    "22ejexlud9fy2kdqmkg5yncz7jm5wv2qjk5w5kvcpqsry2yqffh2la52dxfjkjq5rzhjzeyn6dupn0qwtyv7s4lw"
    "g3xdarsdlwe2y3tujy480y7z39q259fzx6jhd2j0f5hagqpcpees7hzc2yrk5cy788uk3s7qvp5cpepx24gvws3m"
    "2g433exgwppnkjscec8qu4y9z9r7vccexjcjaen42245lmgmxmuavg9alej92322gvvyy2t6267v09ch64y0m53j"
    "ff0vjj96s0ypk60hr3jw4myd6m5hpn3xjstx7tl2szhpr5qe8jj08ydjc4wy2rch2fhuy3pdfjax5awe9j99ly5h"
    "kntzz9fe5zatgjvzdd0kgtxs25njnajyf6ssekp7gelxquusn4pt25czh3scj68kq79wdn5tgm6yvm9nzavrg043"
    "x3msnygf8dweknw5jmqd0uvny6ttsn09508k0c55zfnegrm9efhxpfqdkmhh6gjtqmwze9pyyzk3tlhl53k2ykx3"
    "qheyty7saeq0d3fzv49zc0k"
)


def test_the_specification_examples_derive_their_recipients() -> None:
    classic = age.parse_identity(SPEC_X25519_IDENTITY)
    hybrid = age.parse_identity(SPEC_HYBRID_IDENTITY)
    assert classic.recipient().encode() == SPEC_X25519_RECIPIENT
    assert hybrid.recipient().encode() == SPEC_HYBRID_RECIPIENT
    assert age.parse_recipient(SPEC_HYBRID_RECIPIENT) == hybrid.recipient()
    assert len(age.parse_recipient(SPEC_HYBRID_RECIPIENT).public) == 1216


@pytest.mark.parametrize("kind", [age.HybridIdentity, age.X25519Identity])
def test_generated_keys_survive_their_text_form(
        kind: type[age.HybridIdentity] | type[age.X25519Identity]) -> None:
    identity = kind.generate()
    text = identity.encode()
    assert text == text.upper() and text.startswith("AGE-SECRET-KEY-")
    again = age.parse_identity(text)
    assert type(again) is kind and again.encode() == text
    recipient = identity.recipient().encode()
    assert recipient == recipient.lower() and age.parse_recipient(recipient) == again.recipient()
    assert text not in repr(identity) and text[20:40] not in repr(identity)


def test_an_identity_file_in_age_keygen_form_is_read() -> None:
    one, two = age.HybridIdentity.generate(), age.X25519Identity.generate()
    text = (f"# created: 2025-01-01T00:00:00Z\n# public key: {one.recipient()}\n"
            f"{one.encode()}\n\n  # another\n{two.encode()}\n")
    assert [i.encode() for i in age.parse_identity_file(text)] == [one.encode(), two.encode()]


def _flip_last(text: str) -> str:
    return text[:-1] + ("q" if text[-1] != "q" else "p")


BAD_RECIPIENTS = {
    "mixed case": SPEC_X25519_RECIPIENT[:10] + SPEC_X25519_RECIPIENT[10:].upper(),
    "checksum": _flip_last(SPEC_X25519_RECIPIENT),
    "an identity": SPEC_X25519_IDENTITY,
    "unknown type": bech32.encode("age1xx", bytes(32)),
    "short key": bech32.encode("age", bytes(31)),
    "short hybrid key": bech32.encode("age1pq", bytes(1215)),
    "not an ML-KEM key": bech32.encode("age1pq", b"\xff" * 1216),
    "empty": "",
    "no separator": "agexyz",
}


@pytest.mark.parametrize("text", BAD_RECIPIENTS.values(), ids=BAD_RECIPIENTS.keys())
def test_malformed_recipients_are_refused(text: str) -> None:
    with pytest.raises(age.InvalidKey) as refused:
        age.parse_recipient(text)
    assert "not a usable encryption key" in refused.value.render()


BAD_IDENTITIES = {
    "lower case": SPEC_X25519_IDENTITY.lower(),
    "checksum": _flip_last(SPEC_HYBRID_IDENTITY),
    "a recipient": SPEC_X25519_RECIPIENT,
    "long seed": bech32.encode("AGE-SECRET-KEY-PQ-", bytes(33)).upper(),
}


@pytest.mark.parametrize("text", BAD_IDENTITIES.values(), ids=BAD_IDENTITIES.keys())
def test_malformed_identities_are_refused(text: str) -> None:
    with pytest.raises(age.InvalidKey):
        age.parse_identity(text)


def test_bech32_refuses_non_zero_padding() -> None:
    text = bech32.encode("age", bytes(32))
    hrp, data = bech32.decode(text)
    assert (hrp, data) == ("age", bytes(32))
    words = [bech32.CHARSET.index(c) for c in text[4:-6]]
    words[-1] |= 1  # a padding bit set: same bytes, another string
    body = "".join(bech32.CHARSET[w] for w in words)
    forged = bech32.encode("age", b"")[:4] + body
    check = bech32._polymod([*bech32._hrp_expand("age"), *words, 0, 0, 0, 0, 0, 0]) ^ 1
    forged += "".join(bech32.CHARSET[(check >> 5 * (5 - i)) & 31] for i in range(6))
    with pytest.raises(ValueError, match="padding"):
        bech32.decode(forged)
