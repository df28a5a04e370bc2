<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CmndName</name>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="297"/>
        <source>update a default movement</source>
        <translation>初期移動値を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="298"/>
        <source>update a movement key</source>
        <translation>移動キーを更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="308"/>
        <source>update a default rotation</source>
        <translation>初期回転値を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="309"/>
        <location filename="../../src/ctrl/srt/srt_MoveMode.cpp" line="247"/>
        <source>update a rotation key</source>
        <translation>回転キーを更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="319"/>
        <source>update a default scaling</source>
        <translation>初期拡縮値を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="320"/>
        <location filename="../../src/ctrl/srt/srt_MoveMode.cpp" line="285"/>
        <source>update a scaling key</source>
        <translation>拡縮キーを更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="330"/>
        <source>update a default depth</source>
        <translation>初期深度を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="331"/>
        <source>update a depth key</source>
        <translation>深度キーを更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="341"/>
        <source>update a default opacity</source>
        <translation>初期不透明度を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="342"/>
        <source>update a opacity key</source>
        <translation>不透明度キーを更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="352"/>
        <source>update a default posing</source>
        <translation>初期ポーズを更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="353"/>
        <source>update a posing key</source>
        <translation>ポーズキーを更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="363"/>
        <source>update a default FFD</source>
        <translation>初期自由変形を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="364"/>
        <source>update a FFD key</source>
        <translation>自由変形キーを更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="378"/>
        <source>update a resource of a default image</source>
        <translation>初期画像のリソースを更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="379"/>
        <source>update a resource of a image key</source>
        <translation>画像キーのリソースを更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="403"/>
        <source>update a center of a default image</source>
        <translation>初期画像の中心を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="404"/>
        <source>update a center of a image key</source>
        <translation>画像キーの中心を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="430"/>
        <source>update a mesh cell size of a default image</source>
        <translation>初期画像のメッシュ単位を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="431"/>
        <source>update a mesh cell size of a image key</source>
        <translation>画像キーのメッシュ単位を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="482"/>
        <source>push new moving key</source>
        <translation>新しい移動キーを追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="488"/>
        <source>push new rotation key</source>
        <translation>新しい回転キーを追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="495"/>
        <source>push new scaling key</source>
        <translation>新しい拡縮キーを追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="502"/>
        <source>push new depth key</source>
        <translation>新しい深度キーを追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="509"/>
        <source>push new opacity key</source>
        <translation>新しい不透明度キーを追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="519"/>
        <source>push new posing key</source>
        <translation>新しいポーズキーを追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="531"/>
        <source>push new FFD key</source>
        <translation>新しい自由変形キーを追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineUtil.cpp" line="538"/>
        <source>push new image key</source>
        <translation>新しい画像キーの追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineEditor.cpp" line="257"/>
        <source>move a key</source>
        <translation>キーを移動</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineEditor.cpp" line="280"/>
        <source>move keys</source>
        <translation>キーを移動</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineEditor.cpp" line="374"/>
        <source>paste keys</source>
        <translation>キーを貼り付け</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/TimeLineEditor.cpp" line="439"/>
        <source>delete keys</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/bone/bone_BindNodesMode.cpp" line="88"/>
        <source>bind a object to a bone</source>
        <translation>オブジェクトをボーンに結びつける</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/bone/bone_BindNodesMode.cpp" line="116"/>
        <source>unbind a object from bones</source>
        <translation>オブジェクトをボーンから解く</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/bone/bone_CreateMode.cpp" line="129"/>
        <source>push new bone</source>
        <translation>新しいボーンを追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/bone/bone_CreateMode.cpp" line="148"/>
        <source>push new top bone</source>
        <translation>新しいトップボーンを追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/bone/bone_DeleteMode.cpp" line="72"/>
        <source>delete a bone</source>
        <translation>ボーンを削除</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/bone/bone_EraseInflMode.cpp" line="191"/>
        <location filename="../../src/ctrl/bone/bone_InfluenceMode.cpp" line="143"/>
        <location filename="../../src/ctrl/bone/bone_PaintInflMode.cpp" line="154"/>
        <source>update influence of a bone</source>
        <translation>ボーンの影響度を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/bone/bone_MoveJointMode.cpp" line="100"/>
        <source>move a bone</source>
        <translation>ボーンを移動</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/ffd/ffd_BrushMode.cpp" line="163"/>
        <source>update FFD</source>
        <translation>自由変形を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/ffd/ffd_DragMode.cpp" line="219"/>
        <source>move a vertex of a FFD key</source>
        <translation>自由変形キーの頂点を移動</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/mesh/mesh_CreateMode.cpp" line="93"/>
        <source>push a triangle of a mesh key</source>
        <translation>メッシュキーの三角形を追加</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/mesh/mesh_CreateMode.cpp" line="130"/>
        <source>move a vertex of a mesh key</source>
        <translation>メッシュキーの頂点を移動</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/mesh/mesh_DeleteMode.cpp" line="77"/>
        <source>remove a vertex of a mesh key</source>
        <translation>メッシュキーの頂点を削除</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/mesh/mesh_DeleteMode.cpp" line="91"/>
        <source>remove a face of a mesh key</source>
        <translation>メッシュキーの面を削除</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/mesh/mesh_SplitMode.cpp" line="183"/>
        <source>split a triangle of a mesh key</source>
        <translation>メッシュキーの三角形を切る</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/pose/pose_TransBoneMode.cpp" line="120"/>
        <source>rotate a bone of a posing key</source>
        <translation>ポーズキーのボーンを回転する</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/srt/srt_MoveMode.cpp" line="209"/>
        <source>update a moving key</source>
        <translation>移動キーを更新</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="395"/>
        <source>change the canvas size</source>
        <translation>キャンバスサイズを変更</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="497"/>
        <source>change the max frame</source>
        <translation>最大フレームを変更</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="568"/>
        <source>change the animation loop setting</source>
        <translation>ループ設定を変更</translation>
    </message>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="279"/>
        <source>move a object</source>
        <translation>オブジェクトを移動</translation>
    </message>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="344"/>
        <source>rename a object</source>
        <translation>オブジェクト名を変更</translation>
    </message>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="618"/>
        <source>create a layer object</source>
        <translation>レイヤーオブジェクトを作成</translation>
    </message>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="689"/>
        <source>create a folder object</source>
        <translation>フォルダオブジェクトを作成</translation>
    </message>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="738"/>
        <source>delete a object</source>
        <translation>オブジェクトを削除</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_ConstantPanel.cpp" line="138"/>
        <source>update a blending mode</source>
        <translation>ブレンドモードを更新</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_ConstantPanel.cpp" line="153"/>
        <source>update a clippping flag</source>
        <translation>クリッピング設定を更新</translation>
    </message>
    <message>
        <location filename="../../src/gui/ResourceTreeWidget.cpp" line="244"/>
        <source>update a resource file path</source>
        <translation>リソースファイルパスを更新</translation>
    </message>
    <message>
        <location filename="../../src/gui/ResourceTreeWidget.cpp" line="301"/>
        <source>rename a resource</source>
        <translation>リソース名を変更</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="327"/>
        <source>add new resource</source>
        <translation>新しいリソースを追加</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="690"/>
        <source>reload images</source>
        <translation>画像を再読み込み</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="758"/>
        <source>delete images</source>
        <translation>画像を削除</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/srt/srt_CentroidMode.cpp" line="135"/>
        <source>update centroid of a moving key</source>
        <translation>移動キーの重心を更新</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/pose/pose_DrawBoneMode.cpp" line="162"/>
        <source>pull bones of a posing key</source>
        <translation>ポーズキーのボーンを引っ張る</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/pose/pose_ErasePoseMode.cpp" line="101"/>
        <source>erase a pose</source>
        <translation>ポーズを消す</translation>
    </message>
</context>
<context>
    <name>ctrl::UILog</name>
    <message>
        <location filename="../../src/ctrl/BoneEditor.cpp" line="45"/>
        <source>BoneEditor : </source>
        <translation>ボーンエディタ : </translation>
    </message>
    <message>
        <location filename="../../src/ctrl/BoneEditor.cpp" line="146"/>
        <location filename="../../src/ctrl/MeshEditor.cpp" line="124"/>
        <location filename="../../src/ctrl/PoseEditor.cpp" line="120"/>
        <location filename="../../src/ctrl/SRTEditor.cpp" line="83"/>
        <source>The object which has an invalid posture was given.</source>
        <translation>無効な姿勢を持つオブジェクトが与えられました</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/FFDEditor.cpp" line="197"/>
        <source>FFDEditor : </source>
        <translation>FFDエディタ : </translation>
    </message>
    <message>
        <location filename="../../src/ctrl/FFDEditor.cpp" line="293"/>
        <source>There is no object which has meshes.</source>
        <translation>メッシュを持つオブジェクトがいません</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/MeshEditor.cpp" line="36"/>
        <source>MeshEditor : </source>
        <translation>メッシュエディタ : </translation>
    </message>
    <message>
        <location filename="../../src/ctrl/MeshEditor.cpp" line="41"/>
        <source>The object can&apos;t own a mesh key.</source>
        <translation>現在のオブジェクトはメッシュを持つことが出来ません</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/PoseEditor.cpp" line="41"/>
        <source>PoseEditor : </source>
        <translation>ポーズエディタ : </translation>
    </message>
    <message>
        <location filename="../../src/ctrl/PoseEditor.cpp" line="155"/>
        <source>There is no bone key which can be a parent.</source>
        <translation>親となるボーンキーがありません</translation>
    </message>
    <message>
        <location filename="../../src/ctrl/SRTEditor.cpp" line="141"/>
        <source>SRTEditor : </source>
        <translation>SRTエディタ : </translation>
    </message>
</context>
<context>
    <name>gui::ExportDialog</name>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="36"/>
        <source>Export Dialog</source>
        <translation>出力ダイアログ</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="106"/>
        <source>image width :</source>
        <translation>画像幅 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="107"/>
        <source>image height :</source>
        <translation>画像高さ :</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="108"/>
        <source>fix aspect :</source>
        <translation>アスペクト比を固定 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="148"/>
        <source>start frame :</source>
        <translation>開始フレーム :</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="149"/>
        <source>end frame :</source>
        <translation>終了フレーム :</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="164"/>
        <source>fps :</source>
        <translation>フレームレート :</translation>
    </message>
</context>
<context>
    <name>gui::GeneralSettingDialog</name>
    <message>
        <location filename="../../src/gui/GeneralSettingDialog.cpp" line="38"/>
        <source>General Settings</source>
        <translation>一般設定</translation>
    </message>
    <message>
        <location filename="../../src/gui/GeneralSettingDialog.cpp" line="65"/>
        <source>language (needs restarting) :</source>
        <translation>言語 (要アプリケーション再起動) :</translation>
    </message>
    <message>
        <location filename="../../src/gui/GeneralSettingDialog.cpp" line="68"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
</context>
<context>
    <name>gui::GifExportDialog</name>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="249"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="293"/>
        <source>optimize palette :</source>
        <translation>パレットを最適化する :</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="294"/>
        <source>relay bit rate (Kbps) :</source>
        <translation>中継ビットレート(Kbps) :</translation>
    </message>
</context>
<context>
    <name>gui::ImageExportDialog</name>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="182"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="209"/>
        <source>prefix name :</source>
        <translation>前置名 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="226"/>
        <source>quality :</source>
        <translation>品質 :</translation>
    </message>
</context>
<context>
    <name>gui::KeyBindingDialog</name>
    <message>
        <location filename="../../src/gui/KeyBindingDialog.cpp" line="88"/>
        <source>Key Bindings</source>
        <translation>ショートカットキー設定</translation>
    </message>
</context>
<context>
    <name>gui::KeyCommandMap</name>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="39"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="40"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="41"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="43"/>
        <source>Undo last action</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="46"/>
        <source>Redo last action</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="49"/>
        <source>Save project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="52"/>
        <source>Move canvas</source>
        <translation>キャンバスを移動</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="55"/>
        <source>Rotate canvas</source>
        <translation>キャンバスを回転</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="58"/>
        <source>Reset canvas angle</source>
        <translation>キャンバスの回転をリセット</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="61"/>
        <source>Select cursor tool</source>
        <translation>カーソルツールを選択</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="64"/>
        <source>Select SRT editor</source>
        <translation>SRTエディタを選択</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="67"/>
        <source>Select bone editor</source>
        <translation>ボーンエディタを選択</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="70"/>
        <source>Select pose editor</source>
        <translation>ポーズエディタを選択</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="73"/>
        <source>Select mesh editor</source>
        <translation>メッシュエディタを選択</translation>
    </message>
    <message>
        <location filename="../../src/gui/KeyCommandMap.cpp" line="76"/>
        <source>Select FFD editor</source>
        <translation>FFDエディタを選択</translation>
    </message>
</context>
<context>
    <name>gui::MainMenuBar</name>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="63"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="65"/>
        <source>New Project...</source>
        <translation>プロジェクトの新規作成...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="66"/>
        <source>Open Project...</source>
        <translation>プロジェクトを開く...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="67"/>
        <source>Save Project</source>
        <translation>プロジェクトを保存する</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="68"/>
        <source>Save Project As...</source>
        <translation>名前を付けてプロジェクトを保存する</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="69"/>
        <source>Close Project</source>
        <translation>プロジェクトを閉じる</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="71"/>
        <source>Export As</source>
        <translation>指定の形式で出力</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="78"/>
        <source>JPEG Sequence...</source>
        <translation>JPEG 連番...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="79"/>
        <source>PNG Sequence...</source>
        <translation>PNG 連番...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="80"/>
        <source>GIF Animation...</source>
        <translation>GIF アニメーション...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="90"/>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="117"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="119"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="120"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="132"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="134"/>
        <source>Canvas Size...</source>
        <translation>キャンバスサイズ...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="135"/>
        <source>Max Frame...</source>
        <translation>最大フレーム...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="136"/>
        <source>Loop...</source>
        <translation>ループ...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="151"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="153"/>
        <source>Resource Window</source>
        <translation>リソースウィンドウ</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="168"/>
        <source>Option</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="170"/>
        <source>General Settings...</source>
        <translation>一般設定...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="171"/>
        <source>Mouse Settings...</source>
        <translation>マウス設定...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="172"/>
        <source>Key Bindings...</source>
        <translation>ショートカットキー設定...</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="201"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="203"/>
        <source>About AnimeEffects...</source>
        <translation>AnimeEffectsについて...</translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="144"/>
        <source>Target Dock</source>
        <translation>ターゲットドック</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="156"/>
        <source>Property Dock</source>
        <translation>プロパティドック</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="198"/>
        <source>Tool Dock</source>
        <translation>ツールドック</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="512"/>
        <source> has been modified. Save changes?</source>
        <translation>は変更が加えられてます。変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="516"/>
        <source>Some projects have been modified. Save changes?</source>
        <translation>いくつかのプロジェクトは変更が加えられてます。変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="519"/>
        <source>Save Changes</source>
        <translation>変更を保存する</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="520"/>
        <source>Discard Changes</source>
        <translation>変更を破棄する</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="521"/>
        <source>Cancel Closing</source>
        <translation>閉じるのをやめる</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="543"/>
        <source>Undone : </source>
        <translation>元に戻す : </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="557"/>
        <source>Redone : </source>
        <translation>やり直す : </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="607"/>
        <location filename="../../src/gui/MainWindow.cpp" line="644"/>
        <source>Loading Error</source>
        <translation>読み込みエラー</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="622"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="661"/>
        <source>Save File</source>
        <translation>ファイルを保存する</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="741"/>
        <source>Export Folder</source>
        <translation>出力フォルダ</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="785"/>
        <location filename="../../src/gui/MainWindow.cpp" line="885"/>
        <source>Export Error</source>
        <translation>出力エラー</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="873"/>
        <source>FFmpeg was not found.</source>
        <translation>FFmpegが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="875"/>
        <source>Video export requires FFmpeg.</source>
        <translation>動画出力にはFFmpegが必要です。</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="876"/>
        <source>Install FFmpeg on the system, or place a FFmpeg executable under /tools of the folder you expanded AnimeEffects.</source>
        <translation>FFmpegをシステムにインストールするか、FFmpegの実行ファイルをAnimeEffectsを展開したフォルダの/tools以下に配置してください。</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="765"/>
        <source>File already exists.</source>
        <translation>同名のファイルがすでに存在します</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="766"/>
        <source>Do you want to overwrite the existing file?</source>
        <translation>既存のファイルに上書きしますか？</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="804"/>
        <source>Export File</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="819"/>
        <source>Operation Error</source>
        <translation>操作エラー</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="820"/>
        <source>Invalid suffix specification.</source>
        <translation>無効な拡張子が指定されています</translation>
    </message>
</context>
<context>
    <name>gui::MouseSettingDialog</name>
    <message>
        <location filename="../../src/gui/MouseSettingDialog.cpp" line="10"/>
        <source>Mouse Settings</source>
        <translation>マウス設定</translation>
    </message>
    <message>
        <location filename="../../src/gui/MouseSettingDialog.cpp" line="27"/>
        <source>invert main view scaling :</source>
        <translation>メインビューの拡縮を逆にする</translation>
    </message>
    <message>
        <location filename="../../src/gui/MouseSettingDialog.cpp" line="31"/>
        <source>invert timeline scaling :</source>
        <translation>タイムラインの拡縮を逆にする</translation>
    </message>
    <message>
        <location filename="../../src/gui/MouseSettingDialog.cpp" line="34"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
</context>
<context>
    <name>gui::NewProjectDialog</name>
    <message>
        <location filename="../../src/gui/NewProjectDialog.cpp" line="15"/>
        <source>New Project Dialog</source>
        <translation>新規プロジェクトダイアログ</translation>
    </message>
    <message>
        <location filename="../../src/gui/NewProjectDialog.cpp" line="52"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../../src/gui/NewProjectDialog.cpp" line="60"/>
        <source>initial resource :</source>
        <translation>初期リソース :</translation>
    </message>
    <message>
        <location filename="../../src/gui/NewProjectDialog.cpp" line="74"/>
        <source>max frame :</source>
        <translation>最大フレーム数 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/NewProjectDialog.cpp" line="107"/>
        <source>specify canvas size :</source>
        <translation>キャンバスサイズを指定する :</translation>
    </message>
    <message>
        <location filename="../../src/gui/NewProjectDialog.cpp" line="108"/>
        <source>canvas width :</source>
        <translation>キャンバス幅 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/NewProjectDialog.cpp" line="109"/>
        <source>canvas height :</source>
        <translation>キャンバス高さ :</translation>
    </message>
    <message>
        <location filename="../../src/gui/NewProjectDialog.cpp" line="112"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
</context>
<context>
    <name>gui::ObjectTreeWidget</name>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="92"/>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="496"/>
        <source>slim down</source>
        <translation>スリム化</translation>
    </message>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="95"/>
        <source>rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="98"/>
        <source>create layer object</source>
        <translation>レイヤーオブジェクトを作成</translation>
    </message>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="101"/>
        <source>create folder object</source>
        <translation>フォルダオブジェクトを作成</translation>
    </message>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="104"/>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/gui/ObjectTreeWidget.cpp" line="496"/>
        <source>fatten</source>
        <translation>肥大化</translation>
    </message>
</context>
<context>
    <name>gui::PlayBackWidget</name>
    <message>
        <location filename="../../src/gui/PlayBackWidget.cpp" line="29"/>
        <source>Rewind to Beginning</source>
        <translation>開始フレームに戻す</translation>
    </message>
    <message>
        <location filename="../../src/gui/PlayBackWidget.cpp" line="30"/>
        <source>Frame by Frame Reverse</source>
        <translation>1フレーム戻す</translation>
    </message>
    <message>
        <location filename="../../src/gui/PlayBackWidget.cpp" line="31"/>
        <location filename="../../src/gui/PlayBackWidget.cpp" line="47"/>
        <source>Play</source>
        <translation>再生する</translation>
    </message>
    <message>
        <location filename="../../src/gui/PlayBackWidget.cpp" line="32"/>
        <source>Frame by Frame Forward</source>
        <translation>1フレーム進める</translation>
    </message>
    <message>
        <location filename="../../src/gui/PlayBackWidget.cpp" line="33"/>
        <source>Forward to End</source>
        <translation>最終フレームへ進める</translation>
    </message>
    <message>
        <location filename="../../src/gui/PlayBackWidget.cpp" line="34"/>
        <source>Loop</source>
        <translation>ループさせる</translation>
    </message>
    <message>
        <location filename="../../src/gui/PlayBackWidget.cpp" line="47"/>
        <source>Pause</source>
        <translation>停止する</translation>
    </message>
</context>
<context>
    <name>gui::ProjectCanvasSizeSettingDialog</name>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="334"/>
        <source>Set Canvas Size</source>
        <translation>キャンバスサイズの設定</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="363"/>
        <source>size :</source>
        <translation>キャンバスサイズ :</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="365"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
</context>
<context>
    <name>gui::ProjectLoopSettingDialog</name>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="522"/>
        <source>Set Animation Loop</source>
        <translation>ループ設定</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="537"/>
        <source>loop animation :</source>
        <translation>アニメーションをループさせる :</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="539"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
</context>
<context>
    <name>gui::ProjectMaxFrameSettingDialog</name>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="420"/>
        <source>Set Max Frame</source>
        <translation>最大フレームの設定</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="438"/>
        <source>max frame :</source>
        <translation>最大フレーム :</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="440"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="469"/>
        <source>Can not set the specified frame.</source>
        <translation>フレーム値を設定できません</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="470"/>
        <source>There are some keys that exeeding the specified frame.</source>
        <translation>指定したフレーム値を超過するキーが存在します</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainMenuBar.cpp" line="471"/>
        <source>Operation Error</source>
        <translation>操作エラー</translation>
    </message>
</context>
<context>
    <name>gui::ResourceDialog</name>
    <message>
        <location filename="../../src/gui/ResourceDialog.cpp" line="18"/>
        <source>Resource Window</source>
        <translation>リソースウィンドウ</translation>
    </message>
    <message>
        <location filename="../../src/gui/ResourceDialog.cpp" line="27"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../src/gui/ResourceDialog.cpp" line="28"/>
        <source>Add Resource</source>
        <translation>リソースを追加する</translation>
    </message>
    <message>
        <location filename="../../src/gui/ResourceDialog.cpp" line="104"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
</context>
<context>
    <name>gui::ResourceTreeWidget</name>
    <message>
        <location filename="../../src/gui/ResourceTreeWidget.cpp" line="55"/>
        <source>change file path</source>
        <translation>ファイルパスを変更</translation>
    </message>
    <message>
        <location filename="../../src/gui/ResourceTreeWidget.cpp" line="59"/>
        <source>rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../../src/gui/ResourceTreeWidget.cpp" line="63"/>
        <source>reload images</source>
        <translation>画像を再読み込み</translation>
    </message>
    <message>
        <location filename="../../src/gui/ResourceTreeWidget.cpp" line="67"/>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/gui/ResourceTreeWidget.cpp" line="238"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
</context>
<context>
    <name>gui::TimeLineInnerWidget</name>
    <message>
        <location filename="../../src/gui/TimeLineInnerWidget.cpp" line="75"/>
        <source>copy key</source>
        <translation>キーをコピー</translation>
    </message>
    <message>
        <location filename="../../src/gui/TimeLineInnerWidget.cpp" line="78"/>
        <source>paste key</source>
        <translation>キーを貼り付け</translation>
    </message>
    <message>
        <location filename="../../src/gui/TimeLineInnerWidget.cpp" line="81"/>
        <source>delete key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <location filename="../../src/gui/TimeLineInnerWidget.cpp" line="299"/>
        <source>Operation Error</source>
        <translation>操作エラー</translation>
    </message>
    <message>
        <location filename="../../src/gui/TimeLineInnerWidget.cpp" line="299"/>
        <source>Failed to paste keys.</source>
        <translation>キーの貼り付けに失敗しました</translation>
    </message>
</context>
<context>
    <name>gui::ToolWidget</name>
    <message>
        <location filename="../../src/gui/ToolWidget.cpp" line="99"/>
        <source>ViewSettings</source>
        <translation>表示設定</translation>
    </message>
    <message>
        <location filename="../../src/gui/ToolWidget.cpp" line="101"/>
        <source>Show Polygon Wireframe</source>
        <translation>ポリゴンのワイヤーフレームを表示する</translation>
    </message>
    <message>
        <location filename="../../src/gui/ToolWidget.cpp" line="106"/>
        <source>Cut Images by the Frame</source>
        <translation>額縁外の描画をしない</translation>
    </message>
    <message>
        <location filename="../../src/gui/ToolWidget.cpp" line="111"/>
        <source>Rotate the View Anticlockwise</source>
        <translation>反時計回りに回転する</translation>
    </message>
    <message>
        <location filename="../../src/gui/ToolWidget.cpp" line="117"/>
        <source>Reset Rotation of the View</source>
        <translation>回転を初期化する</translation>
    </message>
    <message>
        <location filename="../../src/gui/ToolWidget.cpp" line="123"/>
        <source>Rotate the View Clockwise</source>
        <translation>時計回りに回転する</translation>
    </message>
</context>
<context>
    <name>gui::VideoExportDialog</name>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="313"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="363"/>
        <source>The codec requires a special GPU.</source>
        <translation>このコーデックには専用のGPUが必要です。</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="435"/>
        <source>lossless</source>
        <translation>無劣化</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="440"/>
        <source>transparent</source>
        <translation>透過</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="456"/>
        <source>codec :</source>
        <translation>コーデック :</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="460"/>
        <source>color standard :</source>
        <translation>色規格 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="462"/>
        <source>pixel format :</source>
        <translation>ピクセルフォーマット :</translation>
    </message>
    <message>
        <location filename="../../src/gui/ExportDialog.cpp" line="480"/>
        <source>bit rate (Kbps) :</source>
        <translation>ビットレート(Kbps) :</translation>
    </message>
</context>
<context>
    <name>gui::prop::ConstantPanel</name>
    <message>
        <location filename="../../src/gui/prop/prop_ConstantPanel.cpp" line="42"/>
        <source>MaxTextWidth :</source>
        <translation>最大テキスト表示幅 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_ConstantPanel.cpp" line="54"/>
        <source>Constant</source>
        <translation>固定値</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_ConstantPanel.cpp" line="74"/>
        <source>Rendering</source>
        <translation>描画</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_ConstantPanel.cpp" line="89"/>
        <source>blend :</source>
        <translation>合成モード :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_ConstantPanel.cpp" line="97"/>
        <source>clipped :</source>
        <translation>クリッピング :</translation>
    </message>
</context>
<context>
    <name>gui::prop::CurrentKeyPanel</name>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="568"/>
        <source>MaxTextWidth :</source>
        <translation>最大テキスト表示幅 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="581"/>
        <source>Current Keys</source>
        <translation>現在のキー</translation>
    </message>
</context>
<context>
    <name>gui::prop::DefaultDepthGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_DefaultKeyPanel.cpp" line="16"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_DefaultKeyPanel.cpp" line="30"/>
        <source>position :</source>
        <translation>位置 :</translation>
    </message>
</context>
<context>
    <name>gui::prop::DefaultImageGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_DefaultKeyPanel.cpp" line="80"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_DefaultKeyPanel.cpp" line="101"/>
        <source>resource :</source>
        <translation>リソース :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_DefaultKeyPanel.cpp" line="110"/>
        <source>center :</source>
        <translation>中心 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_DefaultKeyPanel.cpp" line="120"/>
        <source>mesh cell :</source>
        <translation>メッシュ単位 :</translation>
    </message>
</context>
<context>
    <name>gui::prop::DefaultKeyPanel</name>
    <message>
        <location filename="../../src/gui/prop/prop_DefaultKeyPanel.cpp" line="152"/>
        <source>MaxTextWidth :</source>
        <translation>最大テキスト表示幅 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_DefaultKeyPanel.cpp" line="165"/>
        <source>Default Keys</source>
        <translation>初期キー</translation>
    </message>
</context>
<context>
    <name>gui::prop::DefaultOpaGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_DefaultKeyPanel.cpp" line="47"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_DefaultKeyPanel.cpp" line="61"/>
        <source>rate :</source>
        <translation>割合 :</translation>
    </message>
</context>
<context>
    <name>gui::prop::DepthKeyGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="230"/>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="237"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="246"/>
        <source>easing :</source>
        <translation>イージング :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="259"/>
        <source>position :</source>
        <translation>位置 :</translation>
    </message>
</context>
<context>
    <name>gui::prop::FFDKeyGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="409"/>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="415"/>
        <source>FFD</source>
        <translation>自由変形</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="424"/>
        <source>easing :</source>
        <translation>イージング :</translation>
    </message>
</context>
<context>
    <name>gui::prop::ImageKeyGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="462"/>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="471"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="489"/>
        <source>resource :</source>
        <translation>リソース :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="498"/>
        <source>center :</source>
        <translation>中心 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="508"/>
        <source>mesh cell :</source>
        <translation>メッシュ単位 :</translation>
    </message>
</context>
<context>
    <name>gui::prop::MoveKeyGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="16"/>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="25"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="34"/>
        <source>easing :</source>
        <translation>イージング :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="48"/>
        <source>spline :</source>
        <translation>スプライン :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="57"/>
        <source>position :</source>
        <translation>位置 :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="66"/>
        <source>centroid :</source>
        <translation>重心 :</translation>
    </message>
</context>
<context>
    <name>gui::prop::OpaKeyGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="293"/>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="300"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="309"/>
        <source>easing :</source>
        <translation>イージング :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="323"/>
        <source>rate :</source>
        <translation>割合 :</translation>
    </message>
</context>
<context>
    <name>gui::prop::PoseKeyGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="357"/>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="363"/>
        <source>Pose</source>
        <translation>ポーズ</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="372"/>
        <source>easing :</source>
        <translation>イージング :</translation>
    </message>
</context>
<context>
    <name>gui::prop::RotateKeyGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="102"/>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="110"/>
        <source>Rotate</source>
        <translation>回転</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="119"/>
        <source>easing :</source>
        <translation>イージング :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="133"/>
        <source>angle :</source>
        <translation>角度 :</translation>
    </message>
</context>
<context>
    <name>gui::prop::ScaleKeyGroup</name>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="167"/>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="174"/>
        <source>Scale</source>
        <translation>拡縮</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="183"/>
        <source>easing :</source>
        <translation>イージング :</translation>
    </message>
    <message>
        <location filename="../../src/gui/prop/prop_CurrentKeyPanel.cpp" line="196"/>
        <source>rate :</source>
        <translation>割合 :</translation>
    </message>
</context>
<context>
    <name>gui::res::ResourceUpdater</name>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="363"/>
        <source>QImage Error</source>
        <translation>QImageエラー</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="364"/>
        <source>Failed to load image file.</source>
        <translation>画像ファイルの読み込みに失敗しました</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="376"/>
        <source>FileIO Error</source>
        <translation>ファイル入出力エラー</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="377"/>
        <source>Can not found a PSD file.</source>
        <translation>PSDファイルが見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="388"/>
        <source>PSD Parse Error</source>
        <translation>PSD解析エラー</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="650"/>
        <source>Failed to find a corresponding node.</source>
        <translation>一致する名前のノードが見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="663"/>
        <source>Failed to identify nodes by following duplications.</source>
        <translation>下記の重複により、ノードの特定ができませんでした</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="652"/>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="668"/>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="727"/>
        <source>Operation Error</source>
        <translation>操作エラー</translation>
    </message>
    <message>
        <location filename="../../src/gui/res/res_ResourceUpdater.cpp" line="728"/>
        <source>Some layers are referenced by objects yet.</source>
        <translation>いくつかのレイヤーがまだオブジェクトに参照されています</translation>
    </message>
</context>
<context>
    <name>gui::tool::BonePanel</name>
    <message>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="23"/>
        <source>BoneBuilding</source>
        <translation>ボーン構築</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="34"/>
        <source>Add Bones</source>
        <translation>ボーンを追加する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="35"/>
        <source>Remove Bones</source>
        <translation>ボーンを削除する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="36"/>
        <source>Move Joints</source>
        <translation>間接を移動する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="37"/>
        <source>Bind Objects</source>
        <translation>オブジェクトを結びつける</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="38"/>
        <source>Adjust Influence</source>
        <translation>影響範囲を操作する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="39"/>
        <source>Paint Influence</source>
        <translation>影響範囲を塗り足す</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="40"/>
        <source>Erase Influence</source>
        <translation>影響範囲を削る</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="60"/>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="77"/>
        <source>radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="69"/>
        <location filename="../../src/gui/tool/tool_BonePanel.cpp" line="86"/>
        <source>pressure</source>
        <translation>圧力</translation>
    </message>
</context>
<context>
    <name>gui::tool::FFDPanel</name>
    <message>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="26"/>
        <source>FreeFormDeform</source>
        <translation>自由変形(FFD)</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="37"/>
        <source>Drag Vertex</source>
        <translation>頂点を操作する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="38"/>
        <source>Deform Mesh</source>
        <translation>メッシュを変形する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="39"/>
        <source>Erase Deforming</source>
        <translation>変形を消す</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="55"/>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="101"/>
        <source>Quadratic</source>
        <translation>二次</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="56"/>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="102"/>
        <source>Quartic</source>
        <translation>四次</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="57"/>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="103"/>
        <source>Octic</source>
        <translation>八次</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="71"/>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="115"/>
        <source>radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="80"/>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="124"/>
        <source>pressure</source>
        <translation>圧力</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_FFDPanel.cpp" line="89"/>
        <source>blur</source>
        <translation>ぼかし</translation>
    </message>
</context>
<context>
    <name>gui::tool::MeshPanel</name>
    <message>
        <location filename="../../src/gui/tool/tool_MeshPanel.cpp" line="19"/>
        <source>MeshCreating</source>
        <translation>メッシュ構築</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_MeshPanel.cpp" line="29"/>
        <source>Add Vertices</source>
        <translation>頂点を追加する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_MeshPanel.cpp" line="30"/>
        <source>Erase Vertices</source>
        <translation>頂点を削除する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_MeshPanel.cpp" line="31"/>
        <source>Split Polygons</source>
        <translation>ポリゴンを切る</translation>
    </message>
</context>
<context>
    <name>gui::tool::ModePanel</name>
    <message>
        <location filename="../../src/gui/tool/tool_ModePanel.cpp" line="16"/>
        <source>ToolBox</source>
        <translation>ツール類</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_ModePanel.cpp" line="20"/>
        <source>Camera Cursor</source>
        <translation>カメラを操作する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_ModePanel.cpp" line="21"/>
        <source>Scale Rotate Translate</source>
        <translation>移動、回転、拡縮を操作する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_ModePanel.cpp" line="22"/>
        <source>Bone Creating</source>
        <translation>ボーンを構築する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_ModePanel.cpp" line="23"/>
        <source>Bone Posing</source>
        <translation>ボーンのポーズをつける</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_ModePanel.cpp" line="24"/>
        <source>Mesh Creating</source>
        <translation>メッシュを構築する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_ModePanel.cpp" line="25"/>
        <source>Free Form Deform</source>
        <translation>自由な形状に変形させる</translation>
    </message>
</context>
<context>
    <name>gui::tool::PosePanel</name>
    <message>
        <location filename="../../src/gui/tool/tool_PosePanel.cpp" line="22"/>
        <source>Bone Posing</source>
        <translation>ボーンのポージング</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_PosePanel.cpp" line="33"/>
        <source>Move Bones</source>
        <translation>ボーンを移動する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_PosePanel.cpp" line="34"/>
        <source>Pull Bones</source>
        <translation>ボーンを引っ張る</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_PosePanel.cpp" line="35"/>
        <source>Erase Poses</source>
        <translation>ポーズを消す</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_PosePanel.cpp" line="51"/>
        <source>weight</source>
        <translation>重さ</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_PosePanel.cpp" line="59"/>
        <source>radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_PosePanel.cpp" line="68"/>
        <source>pressure</source>
        <translation>圧力</translation>
    </message>
</context>
<context>
    <name>gui::tool::SRTPanel</name>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="23"/>
        <source>SRT Transform</source>
        <translation>移動、回転、拡縮(SRT)</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="34"/>
        <source>Transform SRT</source>
        <translation>SRTを変形する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="35"/>
        <source>Transform Centroid</source>
        <translation>重心を移動する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="44"/>
        <source>necessarily move</source>
        <translation>必ず移動</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="45"/>
        <source>Necessarily add a MoveKey if the posture is modified.</source>
        <translation>姿勢を修正した際に必ず移動キーを追加する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="51"/>
        <source>necessarily rotate</source>
        <translation>必ず回転</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="52"/>
        <source>Necessarily add a RotateKey if the posture is modified.</source>
        <translation>姿勢を修正した際に必ず回転キーを追加する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="58"/>
        <source>necessarily scale</source>
        <translation>必ず拡縮</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="59"/>
        <source>Necessarily add a ScaleKey if the posture is modified.</source>
        <translation>姿勢を修正した際に必ず拡縮キーを追加する</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="66"/>
        <source>adjust position</source>
        <translation>位置を調整</translation>
    </message>
    <message>
        <location filename="../../src/gui/tool/tool_SRTPanel.cpp" line="67"/>
        <source>Adjust position value so as not to change current posture.</source>
        <translation>現在の姿勢を変えないよう位置の値を調整する</translation>
    </message>
</context>
<context>
    <name>img::BlendModeName</name>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="65"/>
        <location filename="../../src/img/BlendMode.cpp" line="85"/>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="66"/>
        <source>Darken</source>
        <translation>比較（暗）</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="67"/>
        <source>Multiply</source>
        <translation>乗算</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="68"/>
        <source>ColorBurn</source>
        <translation>焼き込みカラー</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="69"/>
        <source>LinearBurn</source>
        <translation>焼き込み（リニア）</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="70"/>
        <source>Lighten</source>
        <translation>比較（明）</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="71"/>
        <source>Screen</source>
        <translation>スクリーン</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="72"/>
        <source>ColorDodge</source>
        <translation>覆い焼きカラー</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="73"/>
        <source>LinearDodge</source>
        <translation>覆い焼き（リニア）</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="74"/>
        <source>Overlay</source>
        <translation>オーバーレイ</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="75"/>
        <source>SoftLight</source>
        <translation>ソフトライト</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="76"/>
        <source>HardLight</source>
        <translation>ハードライト</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="77"/>
        <source>VividLight</source>
        <translation>ビビッドライト</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="78"/>
        <source>LinearLight</source>
        <translation>リニアライト</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="79"/>
        <source>PinLight</source>
        <translation>ピンライト</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="80"/>
        <source>HardMix</source>
        <translation>ハードミックス</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="81"/>
        <source>Difference</source>
        <translation>差の絶対値</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="82"/>
        <source>Exclusion</source>
        <translation>除外</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="83"/>
        <source>Subtract</source>
        <translation>減算</translation>
    </message>
    <message>
        <location filename="../../src/img/BlendMode.cpp" line="84"/>
        <source>Divide</source>
        <translation>除算</translation>
    </message>
</context>
<context>
    <name>util::EasingName</name>
    <message>
        <location filename="../../src/util/Easing.cpp" line="28"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="30"/>
        <source>Linear</source>
        <translation>リニア</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="32"/>
        <source>Sine</source>
        <translation>正弦曲線</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="34"/>
        <source>Quad</source>
        <translation>二次式</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="36"/>
        <source>Cubic</source>
        <translation>三次式</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="38"/>
        <source>Quart</source>
        <translation>四次式</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="40"/>
        <source>Quint</source>
        <translation>五次式</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="42"/>
        <source>Expo</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="44"/>
        <source>Circ</source>
        <translation>円形</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="46"/>
        <source>Back</source>
        <translation>バック</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="48"/>
        <source>Elastic</source>
        <translation>ゴム状</translation>
    </message>
    <message>
        <location filename="../../src/util/Easing.cpp" line="50"/>
        <source>Bounce</source>
        <translation>バウンス</translation>
    </message>
</context>
</TS>
