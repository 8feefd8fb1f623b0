"""Context model for polyphonic characters: g2pM's BiLSTM, run batched on numpy.

g2pM (Park & Lee, Interspeech 2020; PyPI ``g2pM``, Apache-2.0) ships its weights inside the
package: a 64-d character embedding, one bidirectional LSTM layer (32 units each way) and a
two-layer classifier over 876 tone-numbered syllables. Its own ``G2pM.__call__`` runs one
sentence at a time and takes the arg-max over *all* 876 classes; here the same weights are run
on a batch of sentences at once (input projections computed for every step in one product) and
the scores are restricted to the readings the character can have, giving a probability per
candidate. Nothing is downloaded: the weights are read from the installed package.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
from dataclasses import dataclass
from importlib import resources

# The recurrent products are tiny; OpenBLAS's worker threads spin on them and cost 2-10x the
# CPU (measured on 2 cores). One thread unless the user set it; only effective when numpy is
# first imported here.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

log = logging.getLogger(__name__)

_BOS = "시"  # g2pM's begin/end markers (Hangul, never in Chinese text)
_EOS = "끝"
_UNK = "<UNK>"
_BATCH = 32


def _canon(syl: str) -> str:
    """g2pM class name -> canonical syllable (``lu:4`` -> ``lv4``, ``r5`` -> ``r``)."""
    syl = syl.replace("u:", "v")
    return "r" if syl == "r5" else syl


@dataclass(frozen=True, slots=True)
class Prediction:
    """Probabilities of a polyphonic character's candidate readings, best first."""

    ranked: tuple[tuple[str, float], ...]

    @property
    def best(self) -> str:
        return self.ranked[0][0]

    @property
    def confidence(self) -> float:
        return self.ranked[0][1]

    def prob(self, syllable: str) -> float:
        for syl, p in self.ranked:
            if syl == syllable:
                return p
        return 0.0


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class PolyphoneModel:
    """g2pM's weights, batched and restricted to each character's candidate readings."""

    def __init__(self) -> None:
        pkg = resources.files("g2pM")

        def load(name: str):
            with (pkg / name).open("rb") as fh:
                return pickle.load(fh)  # the package's own data files

        self._char2idx: dict[str, int] = load("char2idx.pkl")
        class2idx: dict[str, int] = load("class2idx.pkl")
        cedict: dict[str, list[str]] = load("digest_cedict.pkl")
        w = load("np_ckpt.pkl")
        f32 = np.float32
        self._emb = w["embedding.weight"].astype(f32)
        self._fw = (
            w["lstm.weight_ih_l0"].T.astype(f32),
            w["lstm.weight_hh_l0"].T.astype(f32),
            (w["lstm.bias_ih_l0"] + w["lstm.bias_hh_l0"]).astype(f32),
        )
        self._bw = (
            w["lstm.weight_ih_l0_reverse"].T.astype(f32),
            w["lstm.weight_hh_l0_reverse"].T.astype(f32),
            (w["lstm.bias_ih_l0_reverse"] + w["lstm.bias_hh_l0_reverse"]).astype(f32),
        )
        self._h0 = (w["logit_layer.0.weight"].T.astype(f32), w["logit_layer.0.bias"].astype(f32))
        self._h1 = (w["logit_layer.2.weight"].T.astype(f32), w["logit_layer.2.bias"].astype(f32))
        self._hidden = n = self._fw[1].shape[0]
        both = np.zeros((2 * n, 8 * n), f32)
        both[:n, : 4 * n] = self._fw[1]
        both[n:, 4 * n :] = self._bw[1]
        # reorder columns gate by gate, [i_fw i_bw | f_fw f_bw | g_fw g_bw | o_fw o_bw], so
        # each gate of both directions is one contiguous slice
        self._perm = np.concatenate(
            [np.r_[k * n : (k + 1) * n, 4 * n + k * n : 4 * n + (k + 1) * n] for k in range(4)]
        )
        self._w_hh_both = np.ascontiguousarray(both[:, self._perm])
        self._gate_slices = [slice(2 * k * n, 2 * (k + 1) * n) for k in range(4)]
        # candidate classes per polyphonic character
        self._cands: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {}
        # every character CC-CEDICT reads two ways, whether or not the model has classes for
        # both (血 xuè xiě): a reading the model cannot judge may still be wrong
        self._several: frozenset[str] = frozenset(
            ch for ch, prons in cedict.items() if len({_canon(p) for p in prons}) > 1
        )
        for ch, prons in cedict.items():
            if len(prons) < 2:
                continue
            idx = [class2idx[p] for p in prons if p in class2idx]
            if len(idx) >= 2:
                names = tuple(_canon(p) for p in prons if p in class2idx)
                self._cands[ch] = (tuple(idx), names)

    def covers(self, char: str) -> bool:
        """True when the model knows more than one reading for ``char``."""
        return char in self._cands

    def several(self, char: str) -> bool:
        """True when CC-CEDICT gives ``char`` more than one reading (model classes or not)."""
        return char in self._several

    def candidates(self, char: str) -> tuple[str, ...]:
        return self._cands[char][1] if char in self._cands else ()

    def _run(self, fw_ids: np.ndarray, bw_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Both LSTM directions over right-padded batches in one loop: states [b, t, h] each.

        The two directions are stepped together: their recurrent weights form one
        block-diagonal matrix, so each time step costs one matrix product.
        """
        n = self._hidden
        xf = self._emb[fw_ids] @ self._fw[0] + self._fw[2]  # [b, t, 4n]
        xb = self._emb[bw_ids] @ self._bw[0] + self._bw[2]
        b, t = fw_ids.shape
        # gate layout per direction: i f g o (n each); interleave as [fw i f g o | bw i f g o]
        x = np.ascontiguousarray(np.concatenate([xf, xb], axis=2)[:, :, self._perm])
        w_hh = self._w_hh_both
        h = np.zeros((b, 2 * n), np.float32)
        c = np.zeros((b, 2 * n), np.float32)
        out = np.empty((b, t, 2 * n), np.float32)
        sl = self._gate_slices
        for step in range(t):
            z = x[:, step] + h @ w_hh
            sg = _sigmoid(z)
            g = np.tanh(z[:, sl[2]])
            c = sg[:, sl[1]] * c + sg[:, sl[0]] * g
            h = sg[:, sl[3]] * np.tanh(c)
            out[:, step] = h
        return out[:, :, :n], out[:, :, n:]

    def predict(self, sentences: list[str], targets: list[list[int]]) -> list[list[Prediction]]:
        """Score the characters at ``targets[k]`` (offsets into ``sentences[k]``).

        Every target must be a character the model covers. Sentences are run in batches of
        similar length. Returns one ``Prediction`` per target, in the order given.
        """
        results: list[list[Prediction]] = [[] for _ in sentences]
        order = sorted(
            (k for k in range(len(sentences)) if targets[k]), key=lambda k: len(sentences[k])
        )
        c2i = self._char2idx
        unk = c2i[_UNK]
        for start in range(0, len(order), _BATCH):
            batch = order[start : start + _BATCH]
            lengths = np.array([len(sentences[k]) + 2 for k in batch])
            t = int(lengths.max())
            fw_ids = np.zeros((len(batch), t), np.int64)
            bw_ids = np.zeros((len(batch), t), np.int64)
            for row, k in enumerate(batch):
                seq = [c2i[_BOS], *(c2i.get(ch, unk) for ch in sentences[k]), c2i[_EOS]]
                fw_ids[row, : len(seq)] = seq
                bw_ids[row, : len(seq)] = seq[::-1]
            fw, bw = self._run(fw_ids, bw_ids)
            rows, cols_f, cols_b = [], [], []
            for row, k in enumerate(batch):
                for pos in targets[k]:
                    rows.append(row)
                    cols_f.append(pos + 1)
                    cols_b.append(lengths[row] - 2 - pos)
            hid = np.concatenate([fw[rows, cols_f], bw[rows, cols_b]], axis=1)
            hid = np.maximum(hid @ self._h0[0] + self._h0[1], 0.0)
            logits = hid @ self._h1[0] + self._h1[1]
            rows_out = logits.tolist()
            j = 0
            for k in batch:
                for pos in targets[k]:
                    idx, names = self._cands[sentences[k][pos]]
                    row_l = rows_out[j]
                    z = [row_l[c] for c in idx]
                    top = max(z)
                    e = [math.exp(v - top) for v in z]
                    total = sum(e)
                    ranked = sorted(
                        zip(names, (v / total for v in e), strict=True), key=lambda sp: -sp[1]
                    )
                    results[k].append(Prediction(tuple(ranked)))
                    j += 1
        return results
